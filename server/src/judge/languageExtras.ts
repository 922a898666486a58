import { CHARGE } from './costModel.ts';

/**
 * Globals a candidate reasonably reaches for that QuickJS does not have (Node and browsers
 * do): `structuredClone`, `atob`, `btoa`, `TextEncoder`, `TextDecoder`, and digit grouping
 * in `toLocaleString`. Evaluated after the cost model, before any candidate code; each
 * charges the run for the work it does (a step per value cloned, per character or byte
 * converted), through the cost model's `charge`. The intrinsics that decide what they do
 * (brand checks, Map and Set iteration, code points) are captured up front. `Intl` itself
 * is not provided, and `toLocaleString` formats as `en-US` whatever the locale (the judge
 * README lists what is missing).
 */
export const LANGUAGE_EXTRAS_SOURCE = String.raw`(() => {
  'use strict';
  const charge = ${CHARGE};
  const G = globalThis;
  const { defineProperty, getPrototypeOf, keys, setPrototypeOf } = Object;
  const { isArray } = Array;
  const apply = Reflect.apply;
  const { floor, abs, trunc } = Math;
  const StringCtor = String, NumberCtor = Number, BigIntCtor = BigInt;
  const fromCharCode = String.fromCharCode;
  const charCodeAt = String.prototype.charCodeAt;
  const codePointAt = String.prototype.codePointAt;
  const toFixed = Number.prototype.toFixed;
  const numberValueOf = Number.prototype.valueOf;
  const bigintValueOf = BigInt.prototype.valueOf;
  const stringValueOf = String.prototype.valueOf;
  const booleanValueOf = Boolean.prototype.valueOf;
  const dateGetTime = Date.prototype.getTime;
  const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
  const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const mapForEach = Map.prototype.forEach, setForEach = Set.prototype.forEach;
  const mapGet = Map.prototype.get, mapSet = Map.prototype.set, setAdd = Set.prototype.add;
  const MapCtor = Map, SetCtor = Set, DateCtor = Date, RegExpCtor = RegExp;
  const ArrayBufferCtor = ArrayBuffer, Uint8ArrayCtor = Uint8Array, DataViewCtor = DataView;
  const bufferSlice = ArrayBuffer.prototype.slice;
  const bufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const TypedArray = getPrototypeOf(Uint8Array);
  const typedBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;
  const typedOffset = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteOffset').get;
  const typedLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
  const typedName = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const viewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
  const viewOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
  const viewLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
  const weakMapHas = WeakMap.prototype.has, weakSetHas = WeakSet.prototype.has;
  const promiseThen = Promise.prototype.then;
  const errorPrototype = Error.prototype;
  const isPrototypeOf = Object.prototype.isPrototypeOf;
  const errorTypes = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  const TypeErrorCtor = TypeError, RangeErrorCtor = RangeError;
  const typedConstructors = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
  const is = (brand, value) => { try { apply(brand, value, []); return true; } catch { return false; } };
  const isBranded = (check, value) => { try { apply(check, value, [{}]); return true; } catch { return false; } };
  const hidden = (object, name, value) =>
    defineProperty(object, name, { value, writable: true, configurable: true, enumerable: false });
  const method = (name, fn) => ({ [name](...args) { return apply(fn, this, args); } })[name];

  // DOMException is not in QuickJS: errors with the names Node's own carry.
  class DOMError extends Error {}
  const domError = (name, message) => {
    const error = new DOMError(message);
    hidden(error, 'name', name);
    return error;
  };

  // --- structuredClone: the structured clone algorithm, for the types QuickJS has ---------
  const describe = (value) => (typeof value === 'function' ? 'function ' + (value.name || '') + '() {}' : StringCtor(value));
  const notCloneable = (value) => domError('DataCloneError', describe(value) + ' could not be cloned.');
  function structuredClone(value) {
    if (arguments.length === 0) throw new TypeErrorCtor("The \"value\" argument must be specified");
    const memory = new MapCtor();
    const clone = (input) => {
      charge(1);
      if (typeof input === 'symbol' || typeof input === 'function') throw notCloneable(input);
      if (input === null || typeof input !== 'object') return input;
      const known = apply(mapGet, memory, [input]);
      if (known !== undefined) return known;
      const remember = (output) => { apply(mapSet, memory, [input, output]); return output; };
      if (isArray(input)) {
        const output = remember([]);
        output.length = input.length;
        const names = keys(input);
        for (let i = 0; i < names.length; i++) output[names[i]] = clone(input[names[i]]);
        return output;
      }
      if (is(dateGetTime, input)) return remember(new DateCtor(apply(dateGetTime, input, [])));
      if (is(regexpSource, input)) return remember(new RegExpCtor(apply(regexpSource, input, []), apply(regexpFlags, input, [])));
      if (is(numberValueOf, input)) return remember(Object(apply(numberValueOf, input, [])));
      if (is(stringValueOf, input)) return remember(Object(apply(stringValueOf, input, [])));
      if (is(booleanValueOf, input)) return remember(Object(apply(booleanValueOf, input, [])));
      if (is(bigintValueOf, input)) return remember(Object(apply(bigintValueOf, input, [])));
      if (is(mapSize, input)) {
        const output = remember(new MapCtor());
        const entries = [];
        apply(mapForEach, input, [(v, k) => { entries[entries.length] = [k, v]; }]);
        for (let i = 0; i < entries.length; i++) apply(mapSet, output, [clone(entries[i][0]), clone(entries[i][1])]);
        return output;
      }
      if (is(setSize, input)) {
        const output = remember(new SetCtor());
        const values = [];
        apply(setForEach, input, [(v) => { values[values.length] = v; }]);
        for (let i = 0; i < values.length; i++) apply(setAdd, output, [clone(values[i])]);
        return output;
      }
      if (is(bufferByteLength, input)) {
        charge(apply(bufferByteLength, input, []));
        return remember(apply(bufferSlice, input, [0]));
      }
      if (is(typedLength, input)) {
        const buffer = clone(apply(typedBuffer, input, []));
        const Typed = typedConstructors[apply(typedName, input, [])];
        return remember(new Typed(buffer, apply(typedOffset, input, []), apply(typedLength, input, [])));
      }
      if (is(viewLength, input)) {
        const buffer = clone(apply(viewBuffer, input, []));
        return remember(new DataViewCtor(buffer, apply(viewOffset, input, []), apply(viewLength, input, [])));
      }
      if (apply(isPrototypeOf, errorPrototype, [input])) {
        const name = input.name;
        const Type = typeof name === 'string' && errorTypes[name] ? errorTypes[name] : Error;
        const output = remember(new Type(input.message === undefined ? undefined : StringCtor(input.message)));
        if (typeof input.stack === 'string') hidden(output, 'stack', input.stack);
        if ('cause' in input) hidden(output, 'cause', clone(input.cause));
        return output;
      }
      if (isBranded(weakMapHas, input) || isBranded(weakSetHas, input) || is(promiseThen, input)) throw notCloneable(input);
      // Any other object, a class instance included, clones as a plain object of its own
      // enumerable string-keyed properties (read as the algorithm reads them, getters too).
      const output = remember({});
      const names = keys(input);
      for (let i = 0; i < names.length; i++) output[names[i]] = clone(input[names[i]]);
      return output;
    };
    return clone(value);
  }

  // --- atob and btoa ------------------------------------------------------------------------
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const digitOf = setPrototypeOf({}, null);
  for (let i = 0; i < 64; i++) digitOf[ALPHABET[i]] = i;
  const invalidCharacter = () => domError('InvalidCharacterError', 'Invalid character');
  function btoa(data) {
    if (arguments.length === 0) throw new TypeErrorCtor('The "data" argument must be specified');
    const text = StringCtor(data);
    charge(text.length);
    let out = '';
    for (let i = 0; i < text.length; i += 3) {
      const a = apply(charCodeAt, text, [i]), b = apply(charCodeAt, text, [i + 1]), c = apply(charCodeAt, text, [i + 2]);
      if (a > 255 || b > 255 || c > 255) throw invalidCharacter();
      const triple = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += ALPHABET[triple >> 18] + ALPHABET[(triple >> 12) & 63] +
        (i + 1 < text.length ? ALPHABET[(triple >> 6) & 63] : '=') + (i + 2 < text.length ? ALPHABET[triple & 63] : '=');
    }
    return out;
  }
  function atob(data) {
    if (arguments.length === 0) throw new TypeErrorCtor('The "data" argument must be specified');
    const text = StringCtor(data);
    charge(text.length);
    let clean = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\f' && c !== '\r') clean += c;
    }
    if (clean.length % 4 === 0 && clean[clean.length - 1] === '=') {
      clean = clean[clean.length - 2] === '=' ? clean.slice(0, -2) : clean.slice(0, -1);
    }
    if (clean.length % 4 === 1) throw invalidCharacter();
    let out = '';
    let bits = 0, count = 0;
    for (let i = 0; i < clean.length; i++) {
      const digit = digitOf[clean[i]];
      if (digit === undefined) throw invalidCharacter();
      bits = (bits << 6) | digit;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out += fromCharCode((bits >> count) & 255);
      }
    }
    return out;
  }

  // --- TextEncoder and TextDecoder (UTF-8) ----------------------------------------------------
  const utf8Bytes = (text) => {
    const bytes = [];
    const push = (b) => { bytes[bytes.length] = b; };
    for (let i = 0; i < text.length; i++) {
      let code = apply(codePointAt, text, [i]);
      if (code > 0xffff) i++;
      else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
      if (code < 0x80) push(code);
      else if (code < 0x800) { push(0xc0 | (code >> 6)); push(0x80 | (code & 63)); }
      else if (code < 0x10000) { push(0xe0 | (code >> 12)); push(0x80 | ((code >> 6) & 63)); push(0x80 | (code & 63)); }
      else { push(0xf0 | (code >> 18)); push(0x80 | ((code >> 12) & 63)); push(0x80 | ((code >> 6) & 63)); push(0x80 | (code & 63)); }
    }
    return bytes;
  };
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') {
      const text = StringCtor(input);
      charge(text.length);
      const bytes = utf8Bytes(text);
      const out = new Uint8ArrayCtor(bytes.length);
      for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
      return out;
    }
    encodeInto(input, destination) {
      const text = StringCtor(input);
      charge(text.length);
      let read = 0, written = 0;
      for (let i = 0; i < text.length; i++) {
        const wide = apply(codePointAt, text, [i]) > 0xffff;
        const bytes = utf8Bytes(wide ? text[i] + text[i + 1] : text[i]);
        if (written + bytes.length > destination.length) break;
        for (let j = 0; j < bytes.length; j++) destination[written++] = bytes[j];
        read += wide ? 2 : 1;
        if (wide) i++;
      }
      return { read, written };
    }
  }
  const bytesOf = (input) => {
    if (input === undefined) return new Uint8ArrayCtor(0);
    if (is(bufferByteLength, input)) return new Uint8ArrayCtor(input);
    if (is(typedLength, input)) return new Uint8ArrayCtor(apply(typedBuffer, input, []), apply(typedOffset, input, []), apply(typedLength, input, []) * input.BYTES_PER_ELEMENT);
    if (is(viewLength, input)) return new Uint8ArrayCtor(apply(viewBuffer, input, []), apply(viewOffset, input, []), apply(viewLength, input, []));
    throw new TypeErrorCtor('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView');
  };
  class TextDecoder {
    #fatal;
    #ignoreBOM;
    constructor(label = 'utf-8', options = {}) {
      const name = StringCtor(label).trim().toLowerCase();
      if (name !== 'utf-8' && name !== 'utf8' && name !== 'unicode-1-1-utf-8') {
        throw new RangeErrorCtor('The "' + StringCtor(label) + '" encoding is not supported (DryRun decodes UTF-8 only)');
      }
      this.#fatal = !!(options && options.fatal);
      this.#ignoreBOM = !!(options && options.ignoreBOM);
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input) {
      const bytes = bytesOf(input);
      charge(bytes.length);
      let out = '';
      let i = 0;
      if (!this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
      const bad = () => {
        if (this.#fatal) throw new TypeErrorCtor('The encoded data was not valid for encoding utf-8');
        out += '\ufffd';
      };
      while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (need < 0) { bad(); i++; continue; }
        let code = need === 0 ? b : b & (0x3f >> need);
        let j = 1;
        for (; j <= need; j++) {
          const next = bytes[i + j];
          const low = j === 1 && b === 0xe0 ? 0xa0 : j === 1 && b === 0xf0 ? 0x90 : 0x80;
          const high = j === 1 && b === 0xed ? 0x9f : j === 1 && b === 0xf4 ? 0x8f : 0xbf;
          if (next === undefined || next < low || next > high) break;
          code = (code << 6) | (next & 63);
        }
        if (j <= need) { bad(); i += j; continue; }
        out += StringCtor.fromCodePoint(code);
        i += need + 1;
      }
      return out;
    }
  }

  // --- toLocaleString: en-US digit grouping ---------------------------------------------------
  const group = (digits) => {
    let out = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
      out += digits[i];
    }
    return out;
  };
  const fractionDigits = (value, fallback) => {
    if (value === undefined) return fallback;
    const n = NumberCtor(value);
    if (!(n >= 0 && n <= 100)) throw new RangeErrorCtor('fractionDigits value is out of range.');
    return trunc(n);
  };
  const formatNumber = (x, options) => {
    if (x !== x) return 'NaN';
    if (x === Infinity || x === -Infinity) return (x < 0 ? '-' : '') + '∞';
    const opts = options === undefined || options === null ? {} : options;
    const minimum = fractionDigits(opts.minimumFractionDigits, 0);
    const maximum = fractionDigits(opts.maximumFractionDigits, minimum > 3 ? minimum : 3);
    if (maximum < minimum) throw new RangeErrorCtor('maximumFractionDigits value is out of range.');
    const grouping = opts.useGrouping === undefined ? true : opts.useGrouping !== false && opts.useGrouping !== 'false';
    const negative = x < 0 || (x === 0 && 1 / x < 0);
    const size = abs(x);
    let fixed = size >= 1e21 ? StringCtor(BigIntCtor(size)) + (maximum > 0 ? '.' + '0'.repeat(maximum) : '') : apply(toFixed, size, [maximum]);
    let [whole, fraction = ''] = fixed.split('.');
    while (fraction.length > minimum && fraction[fraction.length - 1] === '0') fraction = fraction.slice(0, -1);
    return (negative ? '-' : '') + (grouping ? group(whole) : whole) + (fraction ? '.' + fraction : '');
  };
  const numberToLocaleString = method('toLocaleString', function (locales, options) {
    const x = apply(numberValueOf, this, []);
    return formatNumber(x, options);
  });
  const bigintToLocaleString = method('toLocaleString', function (locales, options) {
    const x = apply(bigintValueOf, this, []);
    const grouping = !options || options.useGrouping === undefined || options.useGrouping !== false;
    const digits = StringCtor(x < 0n ? -x : x);
    return (x < 0n ? '-' : '') + (grouping ? group(digits) : digits);
  });
  hidden(Number.prototype, 'toLocaleString', numberToLocaleString);
  hidden(BigInt.prototype, 'toLocaleString', bigintToLocaleString);

  hidden(G, 'structuredClone', structuredClone);
  hidden(G, 'btoa', btoa);
  hidden(G, 'atob', atob);
  hidden(G, 'TextEncoder', TextEncoder);
  hidden(G, 'TextDecoder', TextDecoder);
})();`;
