// Bug: hand-rolled doubly linked list; moving the tail node to the front leaves `tail` pointing at it.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
    this.head = null; // most recent
    this.tail = null; // least recent
  }

  unlink(node) {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
  }

  pushFront(node) {
    node.next = this.head;
    node.prev = null;
    if (this.head) this.head.prev = node;
    this.head = node;
    if (!this.tail) this.tail = node;
  }

  get(key) {
    const node = this.map.get(key);
    if (!node) return -1;
    if (node !== this.head) {
      this.unlink(node);
      this.pushFront(node);
    }
    return node.value;
  }

  put(key, value) {
    const existing = this.map.get(key);
    if (existing) {
      existing.value = value;
      this.get(key);
      return;
    }
    if (this.map.size >= this.capacity) {
      const old = this.tail;
      this.tail = old.prev;
      this.unlink(old);
      this.map.delete(old.key);
      if (!this.tail) this.head = null;
    }
    const node = { key, value, prev: null, next: null };
    this.map.set(key, node);
    this.pushFront(node);
  }
}
