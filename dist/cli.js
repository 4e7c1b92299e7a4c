#!/usr/bin/env node
import { createRequire as __stackfitCreateRequire } from 'node:module'; const require = __stackfitCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth2 = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth2++;
            } else if (source[end] === ")") {
              depth2--;
            }
            end++;
          } while (end < length && depth2 > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf2 = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut2 = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut2 < 0 ? EMPTY : path.slice(0, cut2 + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count3 = 0;
      while (str2[str2.length - count3 - 1] === ESCAPE) {
        count3++;
      }
      return count3 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf2(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str2 += "\\x" + code3.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar2.end) {
            sep3 = scalar2.end;
            sep3.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP3 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP3
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code3) => {
      return code3 === CHAR_FORWARD_SLASH || code3 === CHAR_BACKWARD_SLASH;
    };
    var depth2 = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code3;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code3;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code3 = advance();
        let next;
        if (code3 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code3 = advance();
          if (code3 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code3 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code3 = advance())) {
            if (code3 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code3 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code3 === CHAR_DOT && (code3 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code3 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code3 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code3 === CHAR_PLUS || code3 === CHAR_AT || code3 === CHAR_ASTERISK || code3 === CHAR_QUESTION_MARK || code3 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code3 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code3 = advance())) {
                if (code3 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code3 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code3 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code3 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code3 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code3 = advance())) {
              if (code3 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code3 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code3)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth2(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth2(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth2 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth2++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth2;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix3 });
        const result2 = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch4.isMatch = (str2, patterns, options) => picomatch4(patterns, options)(str2);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan2(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants2;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/cli/main.ts
import { existsSync, mkdirSync, renameSync, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname as dirname3, isAbsolute, relative as relative2, resolve as resolve5, sep as sep2 } from "node:path";

// src/adapters/fs-repo-view.ts
import { isUtf8 } from "node:buffer";
import * as fs from "node:fs";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  fs2.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs2.stat(resolvedPath, (error$1, stat) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs2.realpathSync(path);
    const stat = fs2.statSync(resolvedPath);
    if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth2 = 1;
  while (parent !== state.root && depth2 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth2++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth2 > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs2 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs2 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth2) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth2 - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
          if (stat.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth2 - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth2) {
    this.options.maxDepth = depth2;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// src/adapters/fs-repo-view.ts
var import_ignore = __toESM(require_ignore(), 1);
var BINARY_SNIFF_BYTES = 8192;
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
var O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function errorCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function incompleteTail(buf, n) {
  let i = n - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((buf[i] ?? 0) & 192) === 128) {
    i--;
    continuation++;
  }
  if (i < 0) return 0;
  const lead = buf[i] ?? 0;
  const length = lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 1;
  return i + length > n ? n - i : 0;
}
function createFsRepoView(root, options = {}) {
  void options.useGit;
  const diagnostics = [];
  const pruned = [];
  let rootReal;
  try {
    rootReal = fs.realpathSync(root);
    if (!fs.statSync(rootReal).isDirectory()) throw new Error(`${root} is not a directory`);
  } catch (error) {
    diagnostics.push({
      severity: "error",
      code: "unreadable",
      message: `Cannot scan ${root}: ${errorMessage(error)}`
    });
    return makeView("", [], pruned, diagnostics);
  }
  const rootSlash = rootReal.replace(/\\/g, "/").replace(/\/?$/, "/");
  const inside = (real) => {
    const p = real.replace(/\\/g, "/");
    return p === rootSlash.slice(0, -1) || p.startsWith(rootSlash);
  };
  const levels = /* @__PURE__ */ new Map();
  const loadIgnore = (relFile, levelsSoFar, base) => {
    let text2;
    try {
      const full = rootSlash + relFile;
      const size = fs.statSync(full).size;
      if (size > MAX_IGNORE_FILE_BYTES) {
        diagnostics.push({
          severity: "warning",
          code: "file-too-large",
          message: `${relFile} is ${size} bytes; its rules were not applied`,
          path: relFile
        });
        return levelsSoFar;
      }
      text2 = fs.readFileSync(full, "utf8");
    } catch (error) {
      diagnostics.push({
        severity: "warning",
        code: "unreadable",
        message: `${relFile} was not read: ${errorMessage(error)}`,
        path: relFile
      });
      return levelsSoFar;
    }
    const matcher = (0, import_ignore.default)({ ignorecase: false });
    const lines = text2.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? "").replace(/\r$/, "");
      if (line.trim() === "" || line.startsWith("#")) continue;
      matcher.add({ pattern: line, mark: `${relFile}:${i + 1}` });
    }
    return [{ base, matcher }, ...levelsSoFar];
  };
  let rootLevels = [];
  try {
    if (fs.statSync(rootSlash + ".git/info/exclude", { throwIfNoEntry: false })?.isFile()) {
      rootLevels = loadIgnore(".git/info/exclude", rootLevels, "");
    }
  } catch {
  }
  const ignoredBy = (chain, path, isDir) => {
    for (const { base, matcher } of chain) {
      const relative3 = base === "" ? path : path.slice(base.length + 1);
      let result2;
      try {
        result2 = matcher.test(isDir ? `${relative3}/` : relative3);
      } catch {
        continue;
      }
      if (result2.ignored) return result2.rule?.mark ?? `${base === "" ? "" : `${base}/`}.gitignore`;
      if (result2.unignored) return void 0;
    }
    return void 0;
  };
  const dropInvalidNames = (dirPath, rel, entries) => {
    let raw;
    try {
      raw = fs.readdirSync(dirPath, { withFileTypes: true, encoding: "buffer" });
    } catch {
      return entries;
    }
    const bad = /* @__PURE__ */ new Set();
    for (const entry of raw) {
      if (isUtf8(entry.name)) continue;
      const lossy = entry.name.toString("utf8");
      bad.add(lossy);
      const path = rel === "" ? lossy : `${rel}/${lossy}`;
      diagnostics.push({
        severity: "warning",
        code: "not-utf8",
        message: `The name of ${path} is not valid UTF-8; it was skipped`,
        path
      });
    }
    return bad.size === 0 ? entries : entries.filter((e) => !bad.has(e.name));
  };
  const onSymlink = (dirPath, path) => {
    const full = dirPath + path.slice(path.lastIndexOf("/") + 1);
    let target;
    try {
      target = fs.realpathSync(full);
    } catch (error) {
      if (errorCode(error) === "ELOOP") {
        diagnostics.push({
          severity: "warning",
          code: "symlink-loop",
          message: `Symlink ${path} loops; it was not followed`,
          path
        });
        pruned.push({ path, reason: "symlink", source: "symlink loop" });
      } else {
        pruned.push({ path, reason: "symlink", source: "dangling symlink" });
      }
      return;
    }
    if (!inside(target)) {
      diagnostics.push({
        severity: "warning",
        code: "symlink-outside-root",
        message: `Symlink ${path} points outside the scanned root; it was not followed`,
        path
      });
      pruned.push({ path, reason: "symlink", source: "points outside the scanned root" });
      return;
    }
    const targetSlash = target.replace(/\\/g, "/");
    const linkDir = dirPath.replace(/\\/g, "/");
    let isDir = false;
    try {
      isDir = fs.statSync(target).isDirectory();
    } catch {
    }
    if (isDir && (linkDir === `${targetSlash}/` || linkDir.startsWith(`${targetSlash}/`))) {
      diagnostics.push({
        severity: "warning",
        code: "symlink-loop",
        message: `Symlink ${path} points to its own ancestor; it was not followed`,
        path
      });
      pruned.push({ path, reason: "symlink", source: "symlink loop" });
      return;
    }
    const relTarget = targetSlash === rootSlash.slice(0, -1) ? "." : targetSlash.slice(rootSlash.length);
    pruned.push({
      path,
      reason: "symlink",
      source: `symlink to ${relTarget} (scanned where it lives)`
    });
  };
  const readdirSync2 = (dirPath) => {
    const rel = dirPath.length > rootSlash.length ? dirPath.slice(rootSlash.length, -1) : "";
    let entries;
    try {
      entries = fs.readdirSync(dirPath, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({
        severity: "warning",
        code: "unreadable",
        message: `Directory ${rel || "."} was not read: ${errorMessage(error)}`,
        ...rel ? { path: rel } : {}
      });
      return [];
    }
    if (entries.some((e) => e.name.includes("\uFFFD")))
      entries = dropInvalidNames(dirPath, rel, entries);
    const parentRel = rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "";
    let chain = rel === "" ? rootLevels : levels.get(parentRel) ?? rootLevels;
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      chain = loadIgnore(rel === "" ? ".gitignore" : `${rel}/.gitignore`, chain, rel);
    }
    levels.set(rel, chain);
    const kept = [];
    for (const entry of entries) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (entry.name === ".git") {
        pruned.push({ path, reason: "git", source: "built-in: .git" });
        continue;
      }
      if (isDir && entry.name === "node_modules") {
        pruned.push({ path, reason: "node_modules", source: "built-in: node_modules/" });
        continue;
      }
      const ignoredSource = ignoredBy(chain, path, isDir);
      if (ignoredSource !== void 0) {
        pruned.push({ path, reason: "gitignored", source: ignoredSource });
        continue;
      }
      if (entry.isSymbolicLink()) onSymlink(dirPath, path);
      else if (isDir || entry.isFile()) kept.push(entry);
    }
    return kept;
  };
  const fsLike = { ...fs, readdirSync: readdirSync2 };
  let paths;
  try {
    paths = new Builder({ fs: fsLike }).withRelativePaths().withPathSeparator("/").crawl(rootSlash).sync();
  } catch (error) {
    diagnostics.push({
      severity: "error",
      code: "unreadable",
      message: `The walk of ${root} failed: ${errorMessage(error)}`
    });
    paths = [];
  }
  const files = [];
  for (const path of paths) {
    try {
      const stat = fs.statSync(rootSlash + path, { throwIfNoEntry: false });
      if (stat?.isFile()) files.push({ path, size: stat.size });
    } catch (error) {
      diagnostics.push({
        severity: "warning",
        code: "unreadable",
        message: `${path} was not examined: ${errorMessage(error)}`,
        path
      });
    }
  }
  files.sort((a, b) => compare(a.path, b.path));
  pruned.sort((a, b) => compare(a.path, b.path));
  diagnostics.sort((a, b) => compare(a.path ?? "", b.path ?? "") || compare(a.code, b.code));
  return makeView(rootSlash, files, pruned, diagnostics);
}
function makeView(rootSlash, files, pruned, diagnostics) {
  const listed = new Set(files.map((f) => f.path));
  const inside = (real) => real.replace(/\\/g, "/").startsWith(rootSlash);
  return {
    files,
    pruned,
    diagnostics,
    read(path, maxBytes) {
      if (rootSlash === "")
        return { ok: false, reason: "missing", message: "the scan root could not be read" };
      const isListed = listed.has(path);
      let full = rootSlash + path;
      if (!isListed) {
        if (path === "" || path.startsWith("/") || path.split(/[/\\]/).includes("..")) {
          return { ok: false, reason: "missing", message: "not a path inside the scanned root" };
        }
        try {
          full = fs.realpathSync(full);
        } catch (error) {
          const dangling = fs.lstatSync(rootSlash + path, { throwIfNoEntry: false })?.isSymbolicLink();
          if (errorCode(error) === "ENOENT" && !dangling)
            return { ok: false, reason: "missing", message: "no such file" };
          return {
            ok: false,
            reason: "unreadable",
            message: dangling ? "dangling or looping symlink" : errorMessage(error)
          };
        }
        if (!inside(full))
          return { ok: false, reason: "unreadable", message: "resolves outside the scanned root" };
      }
      return readCapped(full, isListed, maxBytes);
    }
  };
}
function readCapped(full, listed, maxBytes) {
  let fd;
  try {
    fd = fs.openSync(full, fs.constants.O_RDONLY | (listed ? O_NOFOLLOW : 0));
  } catch (error) {
    const code3 = errorCode(error);
    if (code3 === "ENOENT" && !listed)
      return { ok: false, reason: "missing", message: "no such file" };
    const message = code3 === "ENOENT" ? "the file disappeared after the walk" : errorMessage(error);
    return { ok: false, reason: "unreadable", message };
  }
  let buf;
  let n = 0;
  let truncated;
  try {
    const size = fs.fstatSync(fd).size;
    const cap = maxBytes === void 0 ? size : Math.max(0, Math.min(maxBytes, size));
    buf = Buffer.allocUnsafe(cap);
    while (n < cap) {
      const read = fs.readSync(fd, buf, n, cap - n, n);
      if (read === 0) break;
      n += read;
    }
    truncated = maxBytes !== void 0 && size > maxBytes;
  } catch (error) {
    return { ok: false, reason: "unreadable", message: errorMessage(error) };
  } finally {
    fs.closeSync(fd);
  }
  if (buf.subarray(0, Math.min(n, BINARY_SNIFF_BYTES)).includes(0)) {
    return {
      ok: false,
      reason: "binary",
      message: `contains NUL bytes in the first ${BINARY_SNIFF_BYTES} bytes`
    };
  }
  const end = truncated ? n - incompleteTail(buf, n) : n;
  const body = buf.subarray(0, end);
  if (!isUtf8(body)) return { ok: false, reason: "not-utf8", message: "not valid UTF-8" };
  let text2 = body.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  return { ok: true, text: text2, truncated };
}

// src/core/4-evaluate/define-rule.ts
function defineRule(rule) {
  return rule;
}

// src/core/4-evaluate/profiles.ts
var PROFILE_ATTRIBUTES = [
  "ai-ml",
  "data",
  "concurrency",
  "latency",
  "resource-cost",
  "single-binary",
  "iteration-speed"
];
var ATTRIBUTE_TITLES = {
  "ai-ml": "AI/ML ecosystem",
  data: "data ecosystem",
  concurrency: "concurrency",
  latency: "low latency",
  "resource-cost": "low resource cost",
  "single-binary": "single-binary deployment",
  "iteration-speed": "iteration speed"
};
var SIGNAL_ATTRIBUTES = {
  "ai-ml.llm-client": "ai-ml",
  "ai-ml.llm-orchestration": "ai-ml",
  "ai-ml.inference": "ai-ml",
  "ai-ml.training": "ai-ml",
  "ai-ml.vector-store": "ai-ml",
  "ai-ml.gpu": "ai-ml",
  "ai-ml.model-artifact": "ai-ml",
  "data.dataframe": "data",
  "data.scientific": "data",
  "data.pipeline": "data",
  "data.stream-processing": "data",
  "concurrency.realtime": "concurrency",
  "concurrency.grpc-streaming": "concurrency",
  "concurrency.message-broker": "concurrency",
  "concurrency.threads": "concurrency",
  "concurrency.high-throughput": "concurrency",
  "latency.low-latency": "latency",
  "resource.cpu-bound": "latency",
  "resource.tight-limits": "resource-cost",
  "deployment.single-binary": "single-binary",
  // Cold starts and package size: what a small runtime footprint buys.
  "deployment.serverless": "resource-cost",
  "prototype.notebook": "iteration-speed",
  "prototype.rapid-ui": "iteration-speed"
};
var guide = (rating, reason) => ({
  rating,
  reason,
  source: "guide"
});
var own = (rating, reason) => ({
  rating,
  reason,
  source: "stackfit"
});
var PROFILES = [
  {
    name: "C#",
    languages: ["c#"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "ML.NET, ONNX Runtime and Semantic Kernel are first-party, but most models, papers and examples still assume Python."
      ),
      data: own(
        "weak",
        "Microsoft.Data.Analysis offers a dataframe, but .NET for Apache Spark is no longer developed and the data tooling is thin."
      ),
      concurrency: own(
        "strong",
        "async/await on the thread pool and Kestrel handle many concurrent connections well."
      ),
      latency: own(
        "adequate",
        "Compiled and fast once warm, with garbage-collector pauses and JIT warm-up to tune."
      ),
      "resource-cost": own(
        "adequate",
        "Leaner than the JVM, heavier than Go; Native AOT narrows the gap."
      ),
      "single-binary": own(
        "adequate",
        "Self-contained single-file publish and Native AOT produce one file, with more caveats than go build."
      ),
      "iteration-speed": own(
        "adequate",
        "Good tooling and a mature web framework, with more ceremony than Python."
      )
    }
  },
  {
    name: "C/C++",
    languages: ["c", "c++"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "The cores of PyTorch, ONNX Runtime, TensorRT and llama.cpp are C++, but the surrounding training and experiment tooling is Python."
      ),
      data: own(
        "adequate",
        "Arrow and fast numeric libraries exist, but there is no dataframe or pipeline ecosystem to match Python."
      ),
      concurrency: own(
        "adequate",
        "Threads and event loops (Asio, libuv) scale, but manual memory and thread safety make it costly to get right."
      ),
      latency: own(
        "strong",
        "Native code with no garbage collector gives the lowest, most predictable latency."
      ),
      "resource-cost": own("strong", "No runtime and full control over memory."),
      "single-binary": own("strong", "Static linking produces one self-contained binary."),
      "iteration-speed": own(
        "weak",
        "Build systems, manual memory management and long compile times slow every change."
      )
    }
  },
  {
    name: "Elixir",
    languages: ["elixir"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "Nx, Axon and Bumblebee run and serve models on the BEAM, but the ecosystem is small next to Python."
      ),
      data: own(
        "adequate",
        "Explorer (dataframes on Polars) and Broadway pipelines cover common cases; scientific libraries are few."
      ),
      concurrency: own(
        "strong",
        "Millions of lightweight BEAM processes and Phoenix channels are built for many long-lived connections."
      ),
      latency: own(
        "adequate",
        "Per-process garbage collection keeps tail latency predictable, but raw computation is slow."
      ),
      "resource-cost": own("adequate", "The BEAM is frugal per connection but not per CPU cycle."),
      "single-binary": own(
        "adequate",
        "mix release bundles the runtime into one self-contained directory, not one file."
      ),
      "iteration-speed": own(
        "adequate",
        "Phoenix is productive, but the language and OTP are less widely known."
      )
    }
  },
  {
    name: "Go",
    languages: ["go"],
    attributes: {
      "ai-ml": guide("weak", "its AI/ML ecosystem is a fraction of Python's."),
      data: guide(
        "weak",
        "If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason."
      ),
      concurrency: guide(
        "strong",
        "Goroutines make it natural to handle thousands of simultaneous connections, and the model is genuinely pleasant to work with."
      ),
      latency: guide("strong", "You need high concurrency or low latency."),
      "resource-cost": guide(
        "strong",
        "Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service."
      ),
      "single-binary": guide(
        "strong",
        "go build produces one static binary with no runtime to install."
      ),
      "iteration-speed": guide(
        "adequate",
        "Go is more verbose, its explicit error handling can feel repetitive"
      )
    }
  },
  {
    name: "Java",
    languages: ["java"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "Spring AI, LangChain4j and DJL cover LLM clients and inference; training and research code is Python-first."
      ),
      data: own("strong", "Spark, Flink, Beam and Kafka Streams are JVM-native."),
      concurrency: own(
        "strong",
        "Virtual threads and mature non-blocking servers (Netty) handle heavy concurrent load."
      ),
      latency: own(
        "adequate",
        "Fast once warm, with JIT warm-up and garbage-collector pauses to tune."
      ),
      "resource-cost": own("weak", "The JVM needs far more memory than an equivalent Go service."),
      "single-binary": own(
        "adequate",
        "A fat JAR still needs a JVM; GraalVM native images are possible but constrain libraries."
      ),
      "iteration-speed": own("adequate", "Excellent tooling, but verbose and slow to start.")
    }
  },
  {
    name: "Kotlin",
    languages: ["kotlin"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "Uses the JVM libraries (Spring AI, LangChain4j, DJL); training and research code is Python-first."
      ),
      data: own("strong", "Spark, Flink and Kafka Streams are JVM-native and usable from Kotlin."),
      concurrency: own("strong", "Coroutines and Ktor handle many concurrent connections cheaply."),
      latency: own(
        "adequate",
        "Fast once warm, with JIT warm-up and garbage-collector pauses to tune."
      ),
      "resource-cost": own("weak", "The JVM needs far more memory than an equivalent Go service."),
      "single-binary": own(
        "adequate",
        "A fat JAR still needs a JVM; GraalVM native images are possible but constrain libraries."
      ),
      "iteration-speed": own("adequate", "Concise for the JVM, but compile times are long.")
    }
  },
  {
    name: "PHP",
    languages: ["php"],
    attributes: {
      "ai-ml": own(
        "weak",
        "Community LLM clients exist, but there is no real training or inference ecosystem."
      ),
      data: own("weak", "No dataframe or scientific computing ecosystem to speak of."),
      concurrency: own(
        "weak",
        "The request-per-process model does not hold long-lived connections; Swoole and ReactPHP are niche."
      ),
      latency: own(
        "weak",
        "Each request boots the application unless a long-running server is added."
      ),
      "resource-cost": own("weak", "A worker process per concurrent request costs memory."),
      "single-binary": own("weak", "Needs the PHP runtime, extensions and a web server."),
      "iteration-speed": own("strong", "Laravel and Symfony make building a web backend fast.")
    }
  },
  {
    name: "Python",
    languages: ["python"],
    attributes: {
      "ai-ml": guide(
        "strong",
        "If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason."
      ),
      data: guide(
        "strong",
        "Python optimizes for developer speed and has an unmatched AI/data ecosystem."
      ),
      concurrency: guide(
        "weak",
        "its concurrency story (the Global Interpreter Lock) is more awkward than Go's \u2014 though for I/O-bound API work, async Python is usually fast enough."
      ),
      latency: guide("weak", "Python is slower at raw execution"),
      "resource-cost": guide(
        "weak",
        "Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service."
      ),
      "single-binary": guide(
        "weak",
        'No virtualenv, no dependency mismatch, no "works on my machine."'
      ),
      "iteration-speed": guide(
        "strong",
        "For a solo developer or a small team trying to validate an idea, you'll often build the first version faster in Python."
      )
    }
  },
  {
    name: "Ruby",
    languages: ["ruby"],
    attributes: {
      "ai-ml": own(
        "weak",
        "LLM clients exist (ruby-openai, langchainrb), but there is no real training or inference ecosystem."
      ),
      data: own("weak", "No dataframe or scientific computing ecosystem to match Python."),
      concurrency: own(
        "weak",
        "The global VM lock serialises Ruby threads; Puma and Falcon help with I/O only."
      ),
      latency: own("weak", "An interpreter slower at raw execution than compiled languages."),
      "resource-cost": own("weak", "Rails processes are memory-hungry."),
      "single-binary": own("weak", "Needs the Ruby runtime and installed gems."),
      "iteration-speed": own("strong", "Rails is built for shipping the first version fast.")
    }
  },
  {
    name: "Rust",
    languages: ["rust"],
    attributes: {
      "ai-ml": own(
        "weak",
        "candle, burn and ONNX Runtime bindings can run models, but the ecosystem is young and most LLM SDKs are community-maintained."
      ),
      data: own(
        "adequate",
        "Polars, DataFusion and Arrow are written in Rust, though most people use them from Python."
      ),
      concurrency: own(
        "strong",
        "Tokio and async Rust handle heavy concurrent load with no data races."
      ),
      latency: own(
        "strong",
        "Native code with no garbage collector gives low, predictable latency."
      ),
      "resource-cost": own("strong", "No runtime and no garbage collector; memory use is minimal."),
      "single-binary": own(
        "strong",
        "cargo build produces one native binary, statically linked with musl."
      ),
      "iteration-speed": own(
        "weak",
        "The borrow checker and long compile times slow down a team validating an idea."
      )
    }
  },
  {
    name: "TypeScript/JavaScript (Node.js)",
    languages: ["javascript", "typescript"],
    attributes: {
      "ai-ml": own(
        "adequate",
        "First-class SDKs for hosted LLM APIs and LangChain.js, but training and local inference libraries are thin."
      ),
      data: own("weak", "Danfo.js and Arquero are small next to pandas and NumPy."),
      concurrency: own(
        "adequate",
        "The event loop handles many I/O-bound connections, but CPU work blocks it and needs worker threads."
      ),
      latency: own(
        "adequate",
        "V8 is fast for I/O-bound work; CPU-heavy handlers stall the event loop."
      ),
      "resource-cost": own("adequate", "Lighter than the JVM, heavier than Go."),
      "single-binary": own(
        "weak",
        "Needs the Node.js runtime and node_modules; single executable applications are still young."
      ),
      "iteration-speed": own("strong", "A huge package ecosystem and fast feedback loops.")
    }
  }
];
function profileOf(language, profiles = PROFILES) {
  return profiles.find((p) => p.languages.includes(language));
}
function attributeOfSignal(id) {
  return Object.hasOwn(SIGNAL_ATTRIBUTES, id) ? SIGNAL_ATTRIBUTES[id] : void 0;
}
function profilesRated(attribute, rating) {
  return PROFILES.filter((p) => p.attributes[attribute].rating === rating).map((p) => p.name);
}

// src/core/3-detect/signal-definitions.ts
var SIGNALS = [
  {
    id: "ai-ml.llm-client",
    category: "ai-ml",
    title: "LLM API client",
    description: "Calls a hosted large-language-model API (OpenAI, Anthropic, Gemini, Bedrock, ...). A thin client: real AI work, but light."
  },
  {
    id: "ai-ml.llm-orchestration",
    category: "ai-ml",
    title: "LLM orchestration",
    description: "Builds chains, agents or retrieval pipelines around LLMs (LangChain, LlamaIndex, Haystack, langchaingo, ...)."
  },
  {
    id: "ai-ml.inference",
    category: "ai-ml",
    title: "Local model inference",
    description: "Runs models in-process: transformers, ONNX Runtime, llama.cpp bindings, TensorRT, model servers."
  },
  {
    id: "ai-ml.training",
    category: "ai-ml",
    title: "Model training",
    description: "Trains or fine-tunes models: PyTorch, TensorFlow, JAX, scikit-learn, XGBoost, ..."
  },
  {
    id: "ai-ml.vector-store",
    category: "ai-ml",
    title: "Vector store",
    description: "Stores or searches embeddings: Pinecone, Qdrant, Weaviate, Milvus, Chroma, FAISS, pgvector."
  },
  {
    id: "ai-ml.gpu",
    category: "ai-ml",
    title: "GPU runtime",
    description: "Asks for a GPU: CUDA base images, NVIDIA runtimes, `nvidia.com/gpu` resource requests."
  },
  {
    id: "ai-ml.model-artifact",
    category: "ai-ml",
    title: "Model artefact",
    description: "Ships model weights in the tree (.onnx, .pt, .safetensors, .gguf, .pkl, .h5)."
  },
  {
    id: "data.dataframe",
    category: "data",
    title: "Dataframes",
    description: "Processes tabular data in memory: pandas, Polars, Arrow, gota, Danfo."
  },
  {
    id: "data.scientific",
    category: "data",
    title: "Scientific computing",
    description: "Numerical and scientific libraries: NumPy, SciPy, gonum, statsmodels."
  },
  {
    id: "data.pipeline",
    category: "data",
    title: "Data pipeline",
    description: "Batch or distributed data processing: Spark, Beam, Dask, Ray, Airflow, Dagster, dbt."
  },
  {
    id: "data.stream-processing",
    category: "data",
    title: "Stream processing",
    description: "Processes event streams statefully: Flink, Kafka Streams, Faust, Bytewax."
  },
  {
    id: "concurrency.realtime",
    category: "concurrency",
    title: "Realtime connections",
    description: "Holds many long-lived connections: WebSockets, Socket.IO, server-sent events, streaming fan-out."
  },
  {
    id: "concurrency.grpc-streaming",
    category: "concurrency",
    title: "gRPC",
    description: "Serves or calls gRPC, often with streaming RPCs."
  },
  {
    id: "concurrency.message-broker",
    category: "concurrency",
    title: "Message broker",
    description: "Consumes or produces on a queue or log: Kafka, NATS, RabbitMQ, SQS, Pulsar, Redis streams."
  },
  {
    id: "concurrency.threads",
    category: "concurrency",
    title: "Thread pools",
    description: "Parallelises work with OS threads (threading, ThreadPoolExecutor). In Python, the GIL serialises CPU-bound threads."
  },
  {
    id: "concurrency.high-throughput",
    category: "concurrency",
    title: "High traffic",
    description: "Deployed for heavy load: many replicas, a horizontal autoscaler with a high ceiling, or a declared request rate."
  },
  {
    id: "latency.low-latency",
    category: "latency",
    title: "Latency tuning",
    description: "Reaches for latency tuning (uvloop, orjson, fasthttp) or declares a latency budget."
  },
  {
    id: "resource.cpu-bound",
    category: "resource",
    title: "CPU-bound work",
    description: "Does CPU-heavy work in-process: image and video processing, compression, cryptography, numeric loops."
  },
  {
    id: "resource.tight-limits",
    category: "resource",
    title: "Tight resource limits",
    description: "Runs under small memory or CPU limits (Kubernetes limits, Compose mem_limit) or declares a memory budget."
  },
  {
    id: "deployment.single-binary",
    category: "deployment",
    title: "Single-binary deployment",
    description: "Ships as one static binary: FROM scratch or distroless static images, CGO_ENABLED=0, PyInstaller, or a declared requirement."
  },
  {
    id: "deployment.serverless",
    category: "deployment",
    title: "Serverless",
    description: "Deployed as functions (AWS Lambda, Cloud Functions), where cold start and package size matter."
  },
  {
    id: "prototype.notebook",
    category: "prototype",
    title: "Notebooks",
    description: "Keeps Jupyter notebooks next to the service: exploratory work."
  },
  {
    id: "prototype.rapid-ui",
    category: "prototype",
    title: "Rapid UI framework",
    description: "Builds its UI with a prototyping framework: Streamlit, Gradio, Dash, Panel."
  }
];

// src/core/4-evaluate/rule-helpers.ts
function pickSignals(service, ids, strength) {
  const out = [];
  for (const id of ids) {
    for (const signal of service.signals) {
      if (signal.id !== id) continue;
      if (strength === "strong" && signal.strength !== "strong") continue;
      out.push(signal);
    }
  }
  return out;
}
function anyStrong(signals) {
  return signals.some((s) => s.strength === "strong");
}
function collectEvidence(sources) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const source of sources) {
    for (const e of source.evidence) {
      const key = `${e.path}\0${e.line ?? ""}\0${e.detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}
var DETAIL_MAX = 48;
function cite(evidence, root = ".", max = 3) {
  const prefix = root === "." ? "" : `${root}/`;
  const shown = evidence.slice(0, max).map((e) => {
    const path = prefix && e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path;
    const place = e.line !== void 0 ? `${path}:${e.line}` : path;
    const detail = e.detail.length > DETAIL_MAX ? `${e.detail.slice(0, DETAIL_MAX - 1)}\u2026` : e.detail;
    return detail ? `${place} (${detail})` : place;
  });
  const rest = evidence.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  return joinWords(shown);
}
function joinWords(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var TITLES = new Map(SIGNALS.map((s) => [s.id, s.title]));
function signalWords(id) {
  const title = TITLES.get(id);
  if (!title) return id;
  const second = title.charAt(1);
  return second !== "" && second === second.toUpperCase() && second !== second.toLowerCase() ? title : title.charAt(0).toLowerCase() + title.slice(1);
}
function describeSignals(signals) {
  return joinWords([...new Set(signals.map((s) => signalWords(s.id)))]);
}
function serviceLabel(service) {
  return service.root === "." ? `${service.name} (repository root)` : service.root;
}
function serviceEvidence(service) {
  if (service.language.evidence.length > 0) return [...service.language.evidence];
  if (service.kindEvidence.length > 0) return [...service.kindEvidence];
  return service.markers.map((path) => ({ path, detail: "manifest" }));
}

// src/core/4-evaluate/rules/reasons.ts
function becauseOf(profile, attribute) {
  const rated = profile.attributes[attribute];
  if (rated.source === "guide") return `The guide: "${rated.reason}"`;
  return `${profile.name}'s ${ATTRIBUTE_TITLES[attribute]} is rated ${rated.rating}. ${rated.reason}`;
}

// src/core/4-evaluate/rules/sf101-ai-ml-outside-python.ts
var HEAVY = [
  "ai-ml.training",
  "ai-ml.inference",
  "ai-ml.gpu",
  "ai-ml.model-artifact"
];
var THIN = [
  "ai-ml.llm-orchestration",
  "ai-ml.llm-client",
  "ai-ml.vector-store"
];
var sf101 = defineRule({
  id: "SF101",
  name: "ai-ml-outside-python",
  category: "ai-ml",
  defaultSeverity: "warning",
  summary: "AI/ML work in a language whose ML ecosystem is weak",
  rationale: "If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason. The libraries \u2014 and the examples, tutorials, and community answers \u2014 overwhelmingly assume Python.",
  fix: "Move the model work into a Python service and call it over HTTP or a queue; keep this service for what its language does well.",
  appliesTo: `Services whose language profile rates the AI/ML ecosystem weak (${profilesRated("ai-ml", "weak").join(", ")}) or adequate (${profilesRated("ai-ml", "adequate").join(", ")}). Strong signals only. Training, local inference, GPU runtimes or model files in the tree: a warning where the ecosystem is weak, a notice where it is adequate. Only LLM API clients, orchestration or vector stores: a notice where the ecosystem is weak, because a thin client is often fine.`,
  examples: {
    failing: "services/recommender: a Go module whose go.mod requires github.com/yalue/onnxruntime_go and loads model.onnx at start-up.",
    passing: "services/inference: a Python service with torch and transformers in requirements.txt. (A Go service whose only AI dependency is github.com/sashabaranov/go-openai gets a notice, not a warning.)"
  },
  check(service, context) {
    const profile = profileOf(service.language.id, context.profiles);
    if (!profile) return [];
    const rating = profile.attributes["ai-ml"].rating;
    if (rating === "strong") return [];
    const label = serviceLabel(service);
    const heavy = pickSignals(service, HEAVY, "strong");
    if (heavy.length > 0) {
      const evidence2 = collectEvidence(heavy);
      return [
        {
          severity: rating === "weak" ? "warning" : "notice",
          message: `${label} runs heavy AI/ML work in ${profile.name}: ${describeSignals(heavy)} at ${cite(evidence2, service.root)}. ${becauseOf(profile, "ai-ml")}`,
          evidence: evidence2,
          fix: `Move the model work (${describeSignals(heavy)}) into a Python service and call it over HTTP or a queue; keep ${label} in ${profile.name} for the rest.`
        }
      ];
    }
    if (rating !== "weak") return [];
    const thin = pickSignals(service, THIN, "strong");
    if (thin.length === 0) return [];
    const evidence = collectEvidence(thin);
    return [
      {
        severity: "notice",
        message: `${label} calls AI services from ${profile.name}: ${describeSignals(thin)} at ${cite(evidence, service.root)}. A thin API client is often fine; it gets costly once the work grows into local models, training or retrieval. ${becauseOf(profile, "ai-ml")}`,
        evidence,
        fix: `Keep the thin client while it stays a few API calls; when it grows into local models, training or retrieval pipelines, move that part into a Python service.`
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf201-data-processing-outside-python.ts
var DATA = [
  "data.dataframe",
  "data.scientific",
  "data.pipeline",
  "data.stream-processing"
];
var sf201 = defineRule({
  id: "SF201",
  name: "data-processing-outside-python",
  category: "data",
  defaultSeverity: "notice",
  summary: "Data processing or scientific computing in a language whose data ecosystem is not strong",
  rationale: "Python optimizes for developer speed and has an unmatched AI/data ecosystem.",
  fix: "Move the data processing into a Python service (pandas, Polars, NumPy, Spark via PySpark) and keep this service for serving.",
  appliesTo: `Services whose language profile does not rate the data ecosystem strong (rated strong: ${profilesRated("data", "strong").join(", ")}), with strong dataframe, scientific, pipeline or stream-processing signals. One kind of data work is a notice; two or more kinds are a warning.`,
  examples: {
    failing: "services/reports: a Go service that imports github.com/go-gota/gota/dataframe and gonum.org/v1/gonum/stat to build reports.",
    passing: "services/reports: a Python service with pandas and numpy in pyproject.toml; or a Kotlin service running Kafka Streams."
  },
  check(service, context) {
    const profile = profileOf(service.language.id, context.profiles);
    if (!profile || profile.attributes.data.rating === "strong") return [];
    const data = pickSignals(service, DATA, "strong");
    if (data.length === 0) return [];
    const kinds = new Set(data.map((s) => s.id)).size;
    const evidence = collectEvidence(data);
    const label = serviceLabel(service);
    return [
      {
        severity: kinds >= 2 ? "warning" : "notice",
        message: `${label} does ${describeSignals(data)} in ${profile.name} at ${cite(evidence, service.root)}. ${becauseOf(profile, "data")}`,
        evidence
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf301-realtime-load-on-sync-python.ts
var LOAD = ["concurrency.realtime", "concurrency.high-throughput"];
var ASYNC_MODELS = /* @__PURE__ */ new Set(["async", "event-loop"]);
function isServing(f) {
  return f.role === "web" || f.role === "rpc";
}
var sf301 = defineRule({
  id: "SF301",
  name: "realtime-load-on-sync-python",
  category: "concurrency",
  defaultSeverity: "warning",
  summary: "Realtime or high-throughput load on a Python web stack, above all a synchronous one",
  rationale: "The tradeoff: Python is slower at raw execution, and its concurrency story (the Global Interpreter Lock) is more awkward than Go's \u2014 though for I/O-bound API work, async Python is usually fast enough.",
  fix: "Move the connection handling to an asyncio framework (FastAPI, Starlette, aiohttp) or into a Go service, and keep Python for the rest.",
  appliesTo: "Python services with strong realtime (WebSockets, SSE, streaming fan-out) or high-throughput signals. A warning when the web stack is synchronous (Flask, Django without Channels, or no asyncio framework found); a notice when it is asyncio-based.",
  examples: {
    failing: "services/chat: Flask with flask-sock serving WebSockets, deployed with an autoscaler up to 40 replicas.",
    passing: "services/chat: the same load on a Go service with gorilla/websocket. (On FastAPI or another asyncio stack the finding drops to a notice.)"
  },
  check(service) {
    if (service.language.id !== "python") return [];
    const load = pickSignals(service, LOAD, "strong");
    if (load.length === 0) return [];
    const serving = service.frameworks.filter(isServing);
    const asyncStack = serving.filter((f) => ASYNC_MODELS.has(f.model));
    const label = serviceLabel(service);
    const loadEvidence = collectEvidence(load);
    if (asyncStack.length > 0) {
      return [
        {
          severity: "notice",
          message: `${label} carries ${describeSignals(load)} on ${joinWords(asyncStack.map((f) => f.name))}, an asyncio stack: ${cite(loadEvidence, service.root)}. The guide: "for I/O-bound API work, async Python is usually fast enough" \u2014 watch for CPU work on the event loop.`,
          evidence: collectEvidence([...load, ...asyncStack]),
          fix: "Keep it while the load is I/O-bound; move CPU-heavy handlers to a worker process, or the hot path into a Go service, if latency suffers under load."
        }
      ];
    }
    const sync2 = serving.filter((f) => !ASYNC_MODELS.has(f.model));
    const stack = sync2.length > 0 ? `on ${joinWords(sync2.map((f) => f.name))}, a synchronous stack` : "with no asyncio web framework";
    return [
      {
        severity: "warning",
        message: `${label} carries ${describeSignals(load)} ${stack}: ${cite(loadEvidence, service.root)}. Each open connection or slow request holds a worker, and the GIL makes threads a poor way out. The guide: Python's "concurrency story (the Global Interpreter Lock) is more awkward than Go's".`,
        evidence: collectEvidence([...load, ...sync2])
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf302-cpu-bound-threads-under-gil.ts
var sf302 = defineRule({
  id: "SF302",
  name: "cpu-bound-threads-under-gil",
  category: "concurrency",
  defaultSeverity: "warning",
  summary: "CPU-bound work parallelised with Python threads, which the GIL serialises",
  rationale: "The tradeoff: Python is slower at raw execution, and its concurrency story (the Global Interpreter Lock) is more awkward than Go's",
  fix: "Use ProcessPoolExecutor or multiprocessing for CPU-bound work, move it to native extensions that release the GIL, or move it into a Go service.",
  appliesTo: "Python services that use thread pools (threading, ThreadPoolExecutor) together with strong CPU-bound signals (a warning) or, with no CPU-bound signal, scientific computing (a notice: NumPy releases the GIL inside its own loops, but Python code between the calls does not).",
  examples: {
    failing: "services/thumbnails: a Python worker that resizes images with Pillow inside a ThreadPoolExecutor(max_workers=16).",
    passing: "services/thumbnails: the same work in a ProcessPoolExecutor, or threads used only to wait on network calls."
  },
  check(service) {
    if (service.language.id !== "python") return [];
    const threads = pickSignals(service, ["concurrency.threads"]);
    if (threads.length === 0) return [];
    const cpu = pickSignals(service, ["resource.cpu-bound"], "strong");
    const scientific = pickSignals(service, ["data.scientific"], "strong");
    const work = cpu.length > 0 ? cpu : scientific;
    if (work.length === 0) return [];
    const label = serviceLabel(service);
    const threadEvidence = collectEvidence(threads);
    const workEvidence = collectEvidence(work);
    const evidence = collectEvidence([...threads, ...work]);
    const base = `${label} runs ${describeSignals(work)} on Python threads. Work: ${cite(workEvidence, service.root, 2)}; threads: ${cite(threadEvidence, service.root, 2)}.`;
    if (cpu.length > 0) {
      return [
        {
          message: `${base} The GIL lets one thread run Python code at a time, so CPU-bound threads add overhead, not speed.`,
          evidence
        }
      ];
    }
    return [
      {
        severity: "notice",
        message: `${base} NumPy releases the GIL inside its own loops, but the Python code between calls runs one thread at a time.`,
        evidence,
        fix: "Check that the threaded work is mostly inside NumPy/SciPy calls; otherwise use ProcessPoolExecutor or multiprocessing."
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf401-tight-budget-on-python.ts
var BUDGET = ["resource.tight-limits", "latency.low-latency"];
var sf401 = defineRule({
  id: "SF401",
  name: "tight-budget-on-python",
  category: "resource",
  defaultSeverity: "notice",
  summary: "Tight resource limits or low-latency needs on a Python service",
  rationale: "Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service. On a small VPS, that efficiency is real money.",
  fix: "Measure the service under realistic load; if it cannot meet the budget, move the hot path into a Go service.",
  appliesTo: "Python services with strong tight-resource-limit signals (small Kubernetes or Compose limits, a declared memory budget) or low-latency signals (uvloop, orjson, a declared latency budget).",
  examples: {
    failing: "services/edge-api: a Python service whose Kubernetes deployment limits it to 128Mi memory and 100m CPU.",
    passing: "services/edge-api: a Go service under the same limits, or a Python service with roomy limits."
  },
  check(service) {
    if (service.language.id !== "python") return [];
    const budget = pickSignals(service, BUDGET, "strong");
    if (budget.length === 0) return [];
    const evidence = collectEvidence(budget);
    return [
      {
        message: `${serviceLabel(service)} runs on a tight budget in Python: ${describeSignals(budget)} at ${cite(evidence, service.root)}. The guide: Go "generally uses less memory and CPU than an equivalent Python service", and "Python is slower at raw execution".`,
        evidence
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf402-single-binary-on-python.ts
var sf402 = defineRule({
  id: "SF402",
  name: "single-binary-on-python",
  category: "deployment",
  defaultSeverity: "notice",
  summary: "Single-binary deployment asked of a Python service",
  rationale: 'go build produces one static binary with no runtime to install. Copy it to a server and run it. No virtualenv, no dependency mismatch, no "works on my machine."',
  fix: "If one self-contained binary matters, write this service in Go; otherwise ship a slim container image with pinned dependencies instead.",
  appliesTo: "Python services with a strong single-binary deployment signal: PyInstaller or Nuitka builds, FROM scratch or distroless static images, or a declared single-binary requirement.",
  examples: {
    failing: "tools/agent: a Python daemon packaged with pyinstaller --onefile and copied to hosts.",
    passing: "tools/agent: the same daemon in Go built with CGO_ENABLED=0; or a Python service shipped as a container image."
  },
  check(service) {
    if (service.language.id !== "python") return [];
    const binary = pickSignals(service, ["deployment.single-binary"], "strong");
    if (binary.length === 0) return [];
    const evidence = collectEvidence(binary);
    return [
      {
        message: `${serviceLabel(service)} is shipped as a single binary from Python at ${cite(evidence, service.root)}; such a bundle carries an interpreter and its packages along. The guide: "go build produces one static binary with no runtime to install."`,
        evidence
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf501-split-mixed-workload.ts
var AI_HEAVY = [
  "ai-ml.training",
  "ai-ml.inference",
  "ai-ml.gpu",
  "ai-ml.model-artifact",
  "ai-ml.llm-orchestration"
];
var CONCURRENT_MODELS = /* @__PURE__ */ new Set([
  "goroutines",
  "async",
  "event-loop"
]);
var FIXES = {
  python: "Split it: keep the model work in this Python service and move the high-traffic API into a Go service; let them talk over HTTP or a queue.",
  go: "Split it: move the model work into a Python service and keep the high-traffic API here in Go; let them talk over HTTP or a queue."
};
var DEFAULT_FIX = "Split it: a Python service for the model work and a Go service for the high-traffic API, talking over HTTP or a queue.";
var sf501 = defineRule({
  id: "SF501",
  name: "split-mixed-workload",
  category: "ai-ml",
  defaultSeverity: "notice",
  summary: "One service mixes heavy AI work with a high-traffic or realtime API",
  rationale: "You don't have to choose globally \u2014 choose per service. A common, effective setup: Python for the AI-heavy service (where the ecosystem pays off) and Go for the high-traffic core API (where performance and concurrency pay off).",
  fix: DEFAULT_FIX,
  appliesTo: "Services in any language with heavy AI signals (training, local inference, GPU, model files, LLM orchestration) and a traffic side (realtime connections, strong high-throughput deployment, or high-throughput hints on a goroutine/asyncio web framework), at least one side strong. A warning when both sides are strong.",
  examples: {
    failing: "services/assistant: FastAPI serving WebSockets to every user (app/ws.py) while loading a transformers model in-process (app/model.py), with a 30-replica autoscaler.",
    passing: "services/assistant-api (Go, WebSockets) calling services/assistant-model (Python, transformers) over HTTP."
  },
  check(service) {
    const ai = pickSignals(service, AI_HEAVY);
    if (ai.length === 0) return [];
    const realtime = pickSignals(service, ["concurrency.realtime"]);
    const throughput = pickSignals(service, ["concurrency.high-throughput"]);
    const concurrentWeb = service.frameworks.filter(
      (f) => (f.role === "web" || f.role === "rpc") && CONCURRENT_MODELS.has(f.model)
    );
    const traffic = [
      ...realtime,
      ...anyStrong(throughput) || concurrentWeb.length > 0 ? throughput : []
    ];
    if (traffic.length === 0) return [];
    const aiStrong = anyStrong(ai);
    const trafficStrong = anyStrong(traffic);
    if (!aiStrong && !trafficStrong) return [];
    const aiEvidence = collectEvidence(ai);
    const trafficEvidence = collectEvidence(traffic);
    return [
      {
        severity: aiStrong && trafficStrong ? "warning" : "notice",
        message: `${serviceLabel(service)} mixes heavy AI work with a high-traffic API. AI side: ${cite(aiEvidence, service.root)}; traffic side: ${cite(trafficEvidence, service.root)}. The guide: choose per service \u2014 Python for the AI-heavy service, Go for the high-traffic core API.`,
        evidence: collectEvidence([...ai, ...traffic]),
        fix: FIXES[service.language.id] ?? DEFAULT_FIX
      }
    ];
  }
});

// src/core/4-evaluate/compare.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/4-evaluate/rules/sf901-lone-language.ts
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
var MIN_TEAM_UNITS = 2;
function teamLanguages(self, all, profiles) {
  const byName = /* @__PURE__ */ new Map();
  for (const other of all) {
    if (other.root === self.root) continue;
    if (other.kind !== "service" && other.kind !== "library") continue;
    const profile = profileOf(other.language.id, profiles);
    if (!profile) continue;
    const entry = byName.get(profile.name) ?? { profile, services: 0, libraries: 0 };
    if (other.kind === "service") entry.services += 1;
    else entry.libraries += 1;
    byName.set(profile.name, entry);
  }
  return [...byName.values()].sort(
    (a, b) => b.services + b.libraries - (a.services + a.libraries) || compareStrings(a.profile.name, b.profile.name)
  );
}
var sf901 = defineRule({
  id: "SF901",
  name: "lone-language",
  category: "hygiene",
  defaultSeverity: "notice",
  summary: "A service in a language the rest of the repository does not use, with no workload reason",
  rationale: "The team already knows Python.",
  fix: "Write the service in the team's main language, or record why this one needs its own language by waiving the finding with that reason.",
  appliesTo: "Services whose language no other service, library or frontend of the repository uses. Needs a team language: the one most other services and libraries use, by at least two of them. Passes when a strong signal calls for something the service's language is rated strong at while the team language is rated weak there. Languages without a profile get no judgement.",
  examples: {
    failing: "services/billing: the only Ruby service in a repository of five Python services, with no workload signal that Ruby serves better.",
    passing: "services/gateway: the only Go service among Python services, holding thousands of WebSocket connections (Go is strong at concurrency, Python weak)."
  },
  check(service, context) {
    const own2 = profileOf(service.language.id, context.profiles);
    if (!own2) return [];
    const all = context.analysis.services;
    const sameLanguage = all.some(
      (other) => other.root !== service.root && (other.kind === "service" || other.kind === "library" || other.kind === "frontend") && profileOf(other.language.id, context.profiles) === own2
    );
    if (sameLanguage) return [];
    const main2 = teamLanguages(service, all, context.profiles)[0];
    if (!main2 || main2.services + main2.libraries < MIN_TEAM_UNITS) return [];
    const reason = service.signals.find((signal) => {
      if (signal.strength !== "strong") return false;
      const attribute = attributeOfSignal(signal.id);
      if (!attribute) return false;
      return own2.attributes[attribute].rating === "strong" && main2.profile.attributes[attribute].rating === "weak";
    });
    if (reason) return [];
    const counts = joinWords(
      [
        main2.services > 0 ? count(main2.services, "service", "services") : "",
        main2.libraries > 0 ? count(main2.libraries, "library", "libraries") : ""
      ].filter((s) => s !== "")
    );
    const strengths = PROFILE_ATTRIBUTES.filter(
      (attribute) => own2.attributes[attribute].rating === "strong"
    ).map((attribute) => ATTRIBUTE_TITLES[attribute]);
    const needs = strengths.length > 0 ? ` (${joinWords(strengths)})` : "";
    return [
      {
        message: `${serviceLabel(service)} is the only ${own2.name} code in the repository; the rest is mostly ${main2.profile.name} (${counts}), and none of its workload signals calls for what ${own2.name} is strong at${needs}. The guide's advice applies: the team already knows ${main2.profile.name}.`,
        evidence: serviceEvidence(service),
        fix: `Write it in ${main2.profile.name}, which the team already maintains, unless something outside the code requires ${own2.name}; then waive this finding and say why.`
      }
    ];
  }
});

// src/core/4-evaluate/catalog.ts
var RULES = [
  sf101,
  sf201,
  sf301,
  sf302,
  sf401,
  sf402,
  sf501,
  sf901
];
var RULE_DOCS_BASE_URL = "https://github.com/stackfit/stackfit/blob/main/docs/rules/";
function ruleDocsUrl(id) {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(id)}.md`;
}

// src/core/4-evaluate/rule-doc.ts
function cell(text2) {
  return text2.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderRulesTable(rules = RULES) {
  const rows = rules.map(
    (r) => `| [${r.id}](${ruleDocsUrl(r.id)}) | \`${r.name}\` | ${cell(r.category)} | ${r.defaultSeverity} | ${cell(r.summary)} |`
  );
  return [
    "| Rule | Name | Category | Default severity | Summary |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

// schema/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "stackfit report",
  description: "The JSON report of one stackfit scan (`stackfit scan --format json`): every service found, its language and workload signals with evidence, the guide's findings, what the scan skipped, and the verdict. Every array is sorted, so two scans of the same tree give byte-identical files.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "root",
    "services",
    "findings",
    "exclusions",
    "diagnostics",
    "verdict"
  ],
  properties: {
    schemaVersion: {
      description: "Version of this report format, `major.minor`. A new minor version only adds optional fields; a new major version may remove or change fields.",
      type: "string",
      pattern: "^1\\.[0-9]+$"
    },
    tool: {
      description: "The program that wrote the report.",
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: { description: "Always `stackfit`.", const: "stackfit" },
        version: { description: "stackfit's release version, e.g. `0.1.0`.", type: "string" }
      }
    },
    root: {
      description: "The scanned directory as given on the command line or in the Action (display only; every other path is relative to it).",
      type: "string"
    },
    services: {
      description: "Every directory stackfit recognised as a unit of code (services, libraries, frontends, samples, docs sites), sorted by `root`.",
      type: "array",
      items: { $ref: "#/$defs/service" }
    },
    findings: {
      description: "What the guide's rules found, sorted by severity (most severe first), rule id, service, then the anchor evidence's path and line. Waived findings are included and marked.",
      type: "array",
      items: { $ref: "#/$defs/finding" }
    },
    exclusions: {
      description: "Paths the scan deliberately did not look into (vendored, generated, gitignored, ...), sorted by path.",
      type: "array",
      items: { $ref: "#/$defs/exclusion" }
    },
    diagnostics: {
      description: "Things the scan could not do fully (a broken manifest, a binary or huge file, a symlink loop), sorted by path, line and code. Never fatal.",
      type: "array",
      items: { $ref: "#/$defs/diagnostic" }
    },
    verdict: { $ref: "#/$defs/verdict" }
  },
  $defs: {
    path: {
      description: "A path relative to the scanned root, with forward slashes and no leading `./`.",
      type: "string"
    },
    category: {
      description: "One of the guide's workload axes.",
      enum: ["ai-ml", "data", "concurrency", "latency", "resource", "deployment", "prototype"]
    },
    severity: {
      description: "How serious a finding is, most severe first.",
      enum: ["error", "warning", "notice"]
    },
    evidence: {
      description: "A reason to believe something, pointing at the exact place where possible.",
      type: "object",
      additionalProperties: false,
      required: ["path", "detail"],
      properties: {
        path: { $ref: "#/$defs/path" },
        line: {
          description: "1-based line number, when the detector can point at one.",
          type: "integer",
          minimum: 1
        },
        detail: {
          description: "The matched text or a short explanation, e.g. `require github.com/sashabaranov/go-openai v1.20.0`.",
          type: "string"
        }
      }
    },
    service: {
      description: "A directory whose code builds into something: a deployable service, or a library, frontend, sample or docs site that is reported but not judged.",
      type: "object",
      additionalProperties: false,
      required: [
        "root",
        "name",
        "kind",
        "kindEvidence",
        "markers",
        "language",
        "signals",
        "frameworks"
      ],
      properties: {
        root: {
          description: "The directory, relative to the scanned root, with forward slashes; `.` for the root itself. Findings refer to services by this value.",
          type: "string"
        },
        name: {
          description: "Display name: the manifest's package or module name, else the directory name.",
          type: "string"
        },
        kind: {
          description: "What the directory is. Only `service` is judged for fit: `service` builds into a deployable process, `library` has no entry point of its own, `frontend` is a browser application, `sample` is an example or demo app, `docs` is a documentation site.",
          enum: ["service", "library", "frontend", "sample", "docs"]
        },
        kindEvidence: {
          description: "Why the kind was chosen (an entry point, no `package main`, a path under `examples/`).",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        },
        markers: {
          description: "The manifest and marker files that made this directory a candidate, sorted.",
          type: "array",
          items: { $ref: "#/$defs/path" }
        },
        language: { $ref: "#/$defs/language" },
        signals: {
          description: "Workload signals, sorted by category (in the order of `category`), then id.",
          type: "array",
          items: { $ref: "#/$defs/signal" }
        },
        frameworks: {
          description: "Frameworks and runtimes the service is built on, sorted by name.",
          type: "array",
          items: { $ref: "#/$defs/framework" }
        }
      }
    },
    language: {
      description: "The service's language and the share of each programming language in its code.",
      type: "object",
      additionalProperties: false,
      required: ["id", "shares", "evidence"],
      properties: {
        id: {
          description: "The dominant programming language: a linguist language name in lower case (`go`, `python`, `typescript`, `c#`), or `unknown`.",
          type: "string"
        },
        shares: {
          description: "Bytes per programming language, sorted by bytes (largest first), then id.",
          type: "array",
          items: { $ref: "#/$defs/languageShare" }
        },
        evidence: {
          description: "Why this language was chosen (dominant bytes, manifest tie-break).",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        }
      }
    },
    languageShare: {
      description: "How much of a service's code is in one language.",
      type: "object",
      additionalProperties: false,
      required: ["id", "bytes", "share"],
      properties: {
        id: { description: "Lower-case linguist language name.", type: "string" },
        bytes: {
          description: "Bytes of code in the language (notebooks: bytes of their code cells).",
          type: "integer",
          minimum: 0
        },
        share: {
          description: "Fraction of the service's code, 0 to 1, rounded to 4 decimals.",
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    signal: {
      description: "One workload trait of a service, with the lines that show it.",
      type: "object",
      additionalProperties: false,
      required: ["id", "category", "strength", "evidence"],
      properties: {
        id: {
          description: "Dotted `category.trait`, e.g. `ai-ml.inference`; see docs/signals.md.",
          type: "string",
          pattern: "^[a-z-]+\\.[a-z0-9-]+$"
        },
        category: { $ref: "#/$defs/category" },
        strength: {
          description: "`strong` when the evidence is direct (a runtime dependency, an import), `weak` when it only hints (a dev dependency, an indirect one).",
          enum: ["strong", "weak"]
        },
        evidence: {
          description: "Where the signal comes from, sorted by path, then line; deduplicated.",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        }
      }
    },
    framework: {
      description: "A framework or runtime the service is built on, with its concurrency model.",
      type: "object",
      additionalProperties: false,
      required: ["name", "role", "model", "evidence"],
      properties: {
        name: {
          description: "Catalog name, e.g. `flask`, `fastapi`, `gin`.",
          type: "string"
        },
        role: {
          description: "What the framework does for the service.",
          enum: ["web", "worker", "rpc", "ui"]
        },
        model: {
          description: "Its concurrency model; rules use it to tell a synchronous Python stack from an asyncio one.",
          enum: ["sync", "async", "threads", "goroutines", "event-loop"]
        },
        evidence: {
          description: "Where the framework was seen.",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        }
      }
    },
    finding: {
      description: "One problem a rule found in one service.",
      type: "object",
      additionalProperties: false,
      required: [
        "ruleId",
        "ruleName",
        "category",
        "severity",
        "service",
        "message",
        "fix",
        "evidence",
        "fingerprint"
      ],
      properties: {
        ruleId: {
          description: "The rule's permanent id, e.g. `SF101`; its page is `docs/rules/<ruleId>.md`.",
          type: "string"
        },
        ruleName: {
          description: "The rule's readable name, e.g. `ai-ml-outside-python`.",
          type: "string"
        },
        category: {
          description: "The rule's category: a workload axis, `policy` (team policy) or `hygiene`.",
          enum: [
            "ai-ml",
            "data",
            "concurrency",
            "latency",
            "resource",
            "deployment",
            "prototype",
            "policy",
            "hygiene"
          ]
        },
        severity: { $ref: "#/$defs/severity" },
        service: {
          description: "The `root` of the service the finding is about.",
          type: "string"
        },
        message: {
          description: "What was found, where, and the guide's reason, in plain words.",
          type: "string"
        },
        fix: { description: "What to do about it.", type: "string" },
        evidence: {
          description: "The lines that prove it. The first entry with a line anchors the finding (annotations, review comments, SARIF location).",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        },
        fingerprint: {
          description: "Stable across runs and line moves (a hash of rule, service and the anchor's detail); use it to track a finding over time.",
          type: "string"
        },
        waived: { $ref: "#/$defs/waiver" }
      }
    },
    waiver: {
      description: "Present when a waiver applies: the finding is reported but does not count toward the verdict.",
      type: "object",
      additionalProperties: false,
      required: ["reason", "source"],
      properties: {
        reason: { description: "Why the finding is accepted.", type: "string" },
        owner: { description: "Who accepted it.", type: "string" },
        expires: {
          description: "When the waiver stops applying (ISO 8601 date).",
          type: "string"
        },
        source: {
          description: "Where the waiver is declared, e.g. `.stackfit.yml:12`.",
          type: "string"
        }
      }
    },
    exclusion: {
      description: "A path the scan did not look into, and why.",
      type: "object",
      additionalProperties: false,
      required: ["path", "reason", "source"],
      properties: {
        path: { $ref: "#/$defs/path" },
        reason: {
          description: "Why it was skipped.",
          enum: [
            "gitignored",
            "vendored",
            "generated",
            "documentation",
            "node_modules",
            "testdata",
            "git",
            "config",
            "symlink"
          ]
        },
        source: {
          description: "Where the decision came from, e.g. `.gitattributes:3` or `built-in: vendor/`.",
          type: "string"
        }
      }
    },
    diagnostic: {
      description: "Something the scan could not do fully; never fatal.",
      type: "object",
      additionalProperties: false,
      required: ["severity", "code", "message"],
      properties: {
        severity: {
          description: "How much the problem may have changed the result.",
          enum: ["error", "warning", "info"]
        },
        code: {
          description: "Stable code: `manifest-parse`, `file-too-large`, `binary-file`, `unreadable`, `symlink-loop`, `not-utf8`, `config`, ...",
          type: "string"
        },
        message: { description: "What happened, naming the file.", type: "string" },
        path: { $ref: "#/$defs/path" },
        line: { description: "1-based line, when known.", type: "integer", minimum: 1 },
        column: {
          description: "1-based column, when known.",
          type: "integer",
          minimum: 1
        }
      }
    },
    verdict: {
      description: "The pass/fail decision, computed from the non-waived findings and the fail-on threshold.",
      type: "object",
      additionalProperties: false,
      required: ["conclusion", "counts", "failOn", "headline"],
      properties: {
        conclusion: {
          description: "`fail` when a non-waived finding is at least as severe as `failOn`.",
          enum: ["pass", "fail"]
        },
        counts: {
          description: "Non-waived findings per severity.",
          type: "object",
          additionalProperties: false,
          required: ["error", "warning", "notice"],
          properties: {
            error: { description: "Errors.", type: "integer", minimum: 0 },
            warning: { description: "Warnings.", type: "integer", minimum: 0 },
            notice: { description: "Notices.", type: "integer", minimum: 0 }
          }
        },
        failOn: {
          description: "The least severe finding that fails the run, or `never`.",
          enum: ["error", "warning", "notice", "never"]
        },
        headline: {
          description: "One line summing up the verdict, as the CLI and the Action print it.",
          type: "string"
        }
      }
    }
  }
};

// src/core/model.ts
var CATEGORIES = [
  "ai-ml",
  "data",
  "concurrency",
  "latency",
  "resource",
  "deployment",
  "prototype"
];
var SEVERITIES = ["error", "warning", "notice"];
function categoryRank(category) {
  return CATEGORIES.indexOf(category);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}

// src/core/5-report/common.ts
function anchorOf(finding) {
  return finding.evidence.find((e) => e.line !== void 0) ?? finding.evidence[0];
}
function compareFindings(a, b) {
  const anchorA = anchorOf(a);
  const anchorB = anchorOf(b);
  return severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.service, b.service) || compareStrings(anchorA?.path ?? "", anchorB?.path ?? "") || (anchorA?.line ?? 0) - (anchorB?.line ?? 0) || compareStrings(a.fingerprint, b.fingerprint) || compareStrings(a.message, b.message);
}
function compareExclusions(a, b) {
  return compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason) || compareStrings(a.source, b.source);
}
function compareDiagnostics(a, b) {
  return compareStrings(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message) || compareStrings(a.severity, b.severity);
}
function fitOf(service, findings) {
  let worst;
  for (const f of findings) {
    if (f.service !== service.root || f.waived) continue;
    if (worst === void 0 || severityRank(f.severity) < severityRank(worst)) worst = f.severity;
  }
  if (worst) return worst;
  return service.kind === "service" ? "ok" : "n/a";
}
function waivedCount(service, findings) {
  return findings.filter((f) => f.service === service.root && f.waived).length;
}
function workloadOf(service) {
  const parts = [];
  for (const category of CATEGORIES) {
    const signals = service.signals.filter((s) => s.category === category);
    if (signals.length === 0) continue;
    parts.push({
      category,
      strength: signals.some((s) => s.strength === "strong") ? "strong" : "weak"
    });
  }
  return parts;
}
function workloadText(service) {
  const parts = workloadOf(service);
  if (parts.length === 0) return "\u2014";
  return parts.map((p) => `${p.category} (${p.strength})`).join(", ");
}
function languageText(service) {
  const { id, shares } = service.language;
  const share = shares.find((s) => s.id === id);
  return share ? `${id} ${formatPercent(share.share)}` : id;
}
function formatPercent(share) {
  if (share > 0 && share < 5e-3) return "<1%";
  return `${Math.round(share * 100)}%`;
}
function location(e) {
  return e.line !== void 0 ? `${e.path}:${e.line}` : e.path;
}
function plural(count3, word) {
  return `${count3} ${word}${count3 === 1 ? "" : "s"}`;
}
var UNSAFE_CHARS = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
function escapeControl(text2) {
  return text2.replace(UNSAFE_CHARS, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code3 = c.charCodeAt(0);
    return code3 <= 255 ? `\\x${code3.toString(16).padStart(2, "0")}` : `\\u${code3.toString(16).padStart(4, "0")}`;
  });
}
function replaceControl(text2, replacement) {
  return text2.replace(UNSAFE_CHARS, replacement);
}
function topLevelExclusions(exclusions) {
  const sorted = [...exclusions].sort(compareExclusions);
  const out = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const e of sorted) {
    const segments2 = e.path.replace(/\/+$/, "").split("/");
    let parent;
    for (let i = 1; i < segments2.length && !parent; i++) {
      parent = byPath.get(segments2.slice(0, i).join("/"));
    }
    if (parent) {
      parent.covers += 1;
      continue;
    }
    const entry = { exclusion: e, covers: 0 };
    out.push(entry);
    byPath.set(segments2.join("/"), entry);
  }
  return out;
}

// src/core/5-report/json.ts
var SCHEMA_VERSION = "1.0";
var REPORT_SCHEMA = report_schema_default;
function buildReport(analysis, findings, verdict, meta) {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "stackfit", version: meta.version },
    root: meta.root,
    services: analysis.services.map(normaliseService).sort((a, b) => compareStrings(a.root, b.root)),
    findings: [...findings].sort(compareFindings),
    exclusions: [...analysis.exclusions].sort(compareExclusions),
    diagnostics: [...analysis.diagnostics].sort(compareDiagnostics),
    verdict: { ...verdict, counts: { ...verdict.counts } }
  };
}
function compareEvidence(a, b) {
  return compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.detail, b.detail);
}
function normaliseService(service) {
  return {
    ...service,
    kindEvidence: [...service.kindEvidence],
    markers: [...service.markers].sort(compareStrings),
    language: {
      ...service.language,
      shares: [...service.language.shares].sort(
        (a, b) => b.bytes - a.bytes || compareStrings(a.id, b.id)
      ),
      evidence: [...service.language.evidence]
    },
    signals: service.signals.map((s) => ({ ...s, evidence: [...s.evidence].sort(compareEvidence) })).sort(
      (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings(a.id, b.id)
    ),
    frameworks: [...service.frameworks].sort(
      (a, b) => compareStrings(a.name, b.name) || compareStrings(a.role, b.role)
    )
  };
}
function renderJson(report2) {
  return JSON.stringify(orderBySchema(report2, REPORT_SCHEMA), null, 2) + "\n";
}
function resolve2(node) {
  const ref = node.$ref;
  if (ref === void 0 || !ref.startsWith("#/$defs/")) return node;
  return REPORT_SCHEMA.$defs?.[ref.slice("#/$defs/".length)] ?? node;
}
function orderBySchema(value, node) {
  const schema = node ? resolve2(node) : void 0;
  if (Array.isArray(value)) return value.map((item) => orderBySchema(item, schema?.items));
  if (value === null || typeof value !== "object") return value;
  const record2 = value;
  const out = {};
  const known = schema?.properties ?? {};
  for (const key of Object.keys(known)) {
    if (record2[key] !== void 0) out[key] = orderBySchema(record2[key], known[key]);
  }
  const extra = Object.keys(record2).filter((k) => !(k in known) && record2[k] !== void 0).sort(compareStrings);
  for (const key of extra) out[key] = orderBySchema(record2[key], void 0);
  return out;
}

// src/core/5-report/mermaid.ts
var QUADRANT_WEIGHTS = {
  /** The guide: "Python for AI/LLM, data, or ML work". */
  x: ["ai-ml", "data"],
  /** The guide: "Go when you need high concurrency or low latency". */
  y: ["concurrency", "latency"],
  /** Points per signal: a strong signal is direct evidence, a weak one only hints. */
  strength: { strong: 1, weak: 0.4 }
};
var NUDGES = [
  [0.04, 0],
  [0, 0.04],
  [-0.04, 0],
  [0, -0.04],
  [0.04, 0.04],
  [-0.04, 0.04],
  [-0.04, -0.04],
  [0.04, -0.04]
];
var MAX_NUDGES = NUDGES.length * 10;
function quadrantWeights(service) {
  const axis = (categories) => {
    let points = 0;
    for (const s of service.signals) {
      if (categories.includes(s.category)) points += QUADRANT_WEIGHTS.strength[s.strength];
    }
    return round2(1 - Math.exp(-points));
  };
  return { x: axis(QUADRANT_WEIGHTS.x), y: axis(QUADRANT_WEIGHTS.y) };
}
function quadrantPoints(services) {
  const judged = services.filter((s) => s.kind === "service").sort((a, b) => compareStrings(a.root, b.root));
  const taken = /* @__PURE__ */ new Set();
  return judged.map((service) => {
    const { x, y } = quadrantWeights(service);
    let spot = { x, y };
    for (let attempt = 0; taken.has(`${spot.x},${spot.y}`) && attempt < MAX_NUDGES; attempt++) {
      const ring = Math.floor(attempt / NUDGES.length) + 1;
      const [dx, dy] = NUDGES[attempt % NUDGES.length] ?? [0, 0];
      spot = { x: clamp(round2(x + dx * ring)), y: clamp(round2(y + dy * ring)) };
    }
    taken.add(`${spot.x},${spot.y}`);
    return { root: service.root, label: pointLabel(service), x: spot.x, y: spot.y };
  });
}
function renderQuadrantChart(services) {
  const lines = [
    "quadrantChart",
    '  title "Workload vs language home"',
    '  x-axis "Little AI/data work" --> "Heavy AI/data work"',
    '  y-axis "Light concurrency/latency load" --> "Heavy concurrency/latency load"',
    '  quadrant-1 "Both: split per service"',
    `  quadrant-2 "Go's home: concurrency/latency-heavy"`,
    '  quadrant-3 "Either language fits"',
    `  quadrant-4 "Python's home: AI/data-heavy"`
  ];
  for (const p of quadrantPoints(services)) {
    lines.push(`  "${p.label}": [${coordinate(p.x)}, ${coordinate(p.y)}]`);
  }
  return lines.join("\n") + "\n";
}
function pointLabel(service) {
  return sanitiseLabel(`${service.root} (${service.language.id})`);
}
function sanitiseLabel(text2) {
  const clean2 = replaceControl(text2, " ").replace(/["`]/g, "'").replace(/[<>#;%{}\\]/g, " ").replace(/\s+/g, " ").trim();
  const chars = [...clean2];
  return chars.length > 60 ? chars.slice(0, 59).join("") + "\u2026" : clean2 || "service";
}
function round2(n) {
  return Math.round(n * 100) / 100;
}
function clamp(n) {
  return Math.min(1, Math.max(0, n));
}
function coordinate(n) {
  if (n >= 1) return "1";
  if (n <= 0) return "0";
  return n.toFixed(2);
}

// src/core/5-report/markdown.ts
var MARKDOWN_MAX_EVIDENCE = 10;
var MARKDOWN_MAX_LIST = 100;
var COMPACT_MESSAGE_LENGTH = 240;
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var FIT_TEXT = {
  ok: "\u2705 ok",
  warning: "\u26A0\uFE0F warning",
  notice: "\u2139\uFE0F notice",
  error: "\u274C error",
  "n/a": "\u2014 not judged"
};
var DEFAULT_COMPACT_NOTE = "_The full report, with evidence, the guide\u2019s reasons and the chart, is in the job summary._";
function renderMarkdown(report2, options = {}) {
  const full = renderFull(report2, options);
  const max = options.maxLength;
  if (max === void 0 || full.length <= max) return full;
  return renderCompact(report2, options, Math.max(0, Math.floor(max)));
}
function renderFull(report2, options) {
  const parts = [headline(report2, options), serviceTable(report2.services, report2)];
  if (report2.services.some((s) => s.kind === "service")) {
    parts.push(
      [
        "### Where each service sits",
        "",
        "Right: AI/data-heavy work (Python\u2019s home). Top: concurrency/latency-heavy load (Go\u2019s home). A Go service on the right or a Python service at the top is in the other language\u2019s home.",
        "",
        "```mermaid",
        renderQuadrantChart(report2.services).trimEnd(),
        "```"
      ].join("\n")
    );
  }
  const active = report2.findings.filter((f) => !f.waived);
  const waived = report2.findings.filter((f) => f.waived);
  if (active.length > 0) {
    parts.push(`### Findings (${active.length})`);
    for (const f of active) parts.push(findingBlock(f));
  } else {
    parts.push("### Findings\n\nNo findings: every judged service fits its workload.");
  }
  if (waived.length > 0) {
    parts.push(
      details(`Waived findings (${waived.length})`, waived.map(findingBlock).join("\n\n"), options)
    );
  }
  if (report2.exclusions.length > 0) {
    parts.push(
      details(`Excluded paths (${report2.exclusions.length})`, exclusionList(report2), options)
    );
  }
  if (report2.diagnostics.length > 0) {
    parts.push(
      details(`Diagnostics (${report2.diagnostics.length})`, diagnosticList(report2), options)
    );
  }
  return parts.join("\n\n") + "\n";
}
function headline(report2, options) {
  const { conclusion } = report2.verdict;
  const icon = conclusion === "fail" ? "\u274C" : "\u2705";
  const title = text(options.title ?? "stackfit");
  const judged = report2.services.filter((s) => s.kind === "service").length;
  const scope = [
    `Scanned ${code(report2.root)}: ${report2.services.length} ${report2.services.length === 1 ? "directory" : "directories"}`,
    `${judged} judged as ${judged === 1 ? "a service" : "services"}`,
    `${plural(report2.exclusions.length, "path")} excluded`,
    plural(report2.diagnostics.length, "diagnostic")
  ].join(", ");
  return [
    `## ${icon} ${title}: ${conclusion === "fail" ? "fail" : "pass"}`,
    "",
    `**${text(report2.verdict.headline)}**`,
    "",
    `${scope}.`
  ].join("\n");
}
function serviceTable(services, report2) {
  if (services.length === 0) return "_No services found._";
  return [tableHeader(), ...services.map((s) => tableRow(s, report2))].join("\n");
}
function tableHeader() {
  return "| Service | Kind | Language | Workload | Fit |\n| --- | --- | --- | --- | --- |";
}
function tableRow(service, report2) {
  const fit = fitOf(service, report2.findings);
  const waived = waivedCount(service, report2.findings);
  const fitText = FIT_TEXT[fit] + (waived > 0 ? ` (${waived} waived)` : "");
  return `| ${code(service.root, true)} | ${service.kind} | ${text(languageText(service))} | ${text(workloadText(service))} | ${fitText} |`;
}
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
function findingBlock(f) {
  const lines = [
    `#### ${SEVERITY_ICON[f.severity]} ${f.severity}: [${text(f.ruleId)}](${ruleDocsUrl(f.ruleId)}) ${text(f.ruleName)} in ${code(f.service)}`,
    "",
    paragraph(f.message)
  ];
  if (f.evidence.length > 0) {
    lines.push("");
    for (const e of f.evidence.slice(0, MARKDOWN_MAX_EVIDENCE)) {
      lines.push(`- ${code(location(e))} ${text(e.detail)}`);
    }
    const rest = f.evidence.length - MARKDOWN_MAX_EVIDENCE;
    if (rest > 0) lines.push(`- \u2026 and ${rest} more (see the JSON or SARIF report)`);
  }
  const rule = RULES_BY_ID.get(f.ruleId);
  if (rule) lines.push("", `> **Why (the guide):** ${text(rule.rationale)}`);
  lines.push("", `**Fix:** ${text(f.fix)}`);
  if (f.waived) {
    const by = f.waived.owner ? ` by ${text(f.waived.owner)}` : "";
    const until = f.waived.expires ? ` until ${text(f.waived.expires)}` : "";
    lines.push("", `**Waived**${by}${until}: ${text(f.waived.reason)} (${code(f.waived.source)})`);
  }
  return lines.join("\n");
}
function exclusionList(report2) {
  const top = topLevelExclusions(report2.exclusions);
  const lines = top.slice(0, MARKDOWN_MAX_LIST).map(({ exclusion, covers }) => {
    const inside = covers > 0 ? `, ${covers} more inside` : "";
    return `- ${code(exclusion.path)}: ${exclusion.reason} (${code(exclusion.source)}${inside})`;
  });
  if (top.length > MARKDOWN_MAX_LIST) lines.push(`- \u2026 and ${top.length - MARKDOWN_MAX_LIST} more`);
  return lines.join("\n");
}
function diagnosticList(report2) {
  const shown = report2.diagnostics.slice(0, MARKDOWN_MAX_LIST);
  const lines = shown.map((d) => {
    const where2 = d.path !== void 0 ? `${code(location({ path: d.path, line: d.line }))} ` : "";
    return `- ${d.severity}: ${where2}${text(d.message)} (${code(d.code)})`;
  });
  const rest = report2.diagnostics.length - shown.length;
  if (rest > 0) lines.push(`- \u2026 and ${rest} more`);
  return lines.join("\n");
}
function details(summary, body, options) {
  const open = options.detailsOpen ? " open" : "";
  return `<details${open}>
<summary>${summary}</summary>

${body}

</details>`;
}
function renderCompact(report2, options, max) {
  const head = headline(report2, options);
  const note = options.compactNote ?? DEFAULT_COMPACT_NOTE;
  const rows = report2.services.map((s) => tableRow(s, report2));
  const active = report2.findings.filter((f) => !f.waived);
  const oneLiners = active.map(oneLiner);
  const build2 = (rowCount, findingCount) => {
    const parts = [head];
    if (report2.services.length === 0) parts.push("_No services found._");
    else {
      const table = [tableHeader(), ...rows.slice(0, rowCount)];
      if (rowCount < rows.length) table.push(`| \u2026 ${rows.length - rowCount} more | | | | |`);
      parts.push(table.join("\n"));
    }
    if (active.length > 0) {
      const list = oneLiners.slice(0, findingCount);
      if (findingCount < active.length) {
        list.push(`- \u2026 and ${active.length - findingCount} more findings not shown`);
      }
      parts.push(`### Findings (${active.length})

${list.join("\n")}`);
    }
    parts.push(note);
    return parts.join("\n\n") + "\n";
  };
  let body = build2(rows.length, oneLiners.length);
  if (body.length <= max) return body;
  const fixedWithoutFindings = build2(rows.length, 0).length;
  let room = max - fixedWithoutFindings;
  let n = 0;
  while (n < oneLiners.length && room - ((oneLiners[n]?.length ?? 0) + 1) >= 0) {
    room -= (oneLiners[n]?.length ?? 0) + 1;
    n++;
  }
  body = build2(rows.length, n);
  if (body.length <= max) return body;
  const fixedWithoutRows = build2(0, 0).length;
  room = max - fixedWithoutRows;
  let r = 0;
  while (r < rows.length && room - ((rows[r]?.length ?? 0) + 1) >= 0) {
    room -= (rows[r]?.length ?? 0) + 1;
    r++;
  }
  body = build2(r, 0);
  if (body.length <= max) return body;
  return cut(body, max);
}
function oneLiner(f) {
  const message = f.message.length > COMPACT_MESSAGE_LENGTH ? f.message.slice(0, COMPACT_MESSAGE_LENGTH - 1) + "\u2026" : f.message;
  return `- ${SEVERITY_ICON[f.severity]} [${text(f.ruleId)}](${ruleDocsUrl(f.ruleId)}) ${text(f.ruleName)} in ${code(f.service)}: ${text(message)}`;
}
function cut(body, max) {
  if (max <= 0) return "";
  let slice = body.slice(0, max);
  const nl = slice.lastIndexOf("\n");
  if (nl > 0) slice = slice.slice(0, nl + 1);
  const last = slice.charCodeAt(slice.length - 1);
  if (last >= 55296 && last <= 56319) slice = slice.slice(0, -1);
  return slice;
}
function escapeMarkdown(value) {
  return escapeControl(value).replace(/[\\`*_[\]~#|!]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "&#64;");
}
function text(value) {
  return escapeMarkdown(value);
}
function paragraph(value) {
  return text(value).replace(/^(\s*)([-+=]|\d+[.)])/, "$1\\$2");
}
function code(value, inTable = false) {
  let content = escapeControl(value);
  if (inTable) content = content.replace(/\|/g, "\\|");
  const runs = content.match(/`+/g) ?? [];
  const longest = Math.max(0, ...runs.map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad2 = content.startsWith("`") || content.endsWith("`") || content === "" ? " " : "";
  return `${fence}${pad2}${content}${pad2}${fence}`;
}

// src/core/5-report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "stackfitFingerprint/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var NOTIFICATION_LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
var INFORMATION_URI = /^https:\/\/github\.com\/[^/]+\/[^/]+/.exec(RULE_DOCS_BASE_URL)?.[0] ?? RULE_DOCS_BASE_URL;
function renderSarif(report2, options = {}) {
  const rules = buildRules(report2.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run2 = {
    tool: {
      driver: {
        name: "stackfit",
        version: report2.tool.version,
        semanticVersion: report2.tool.version,
        informationUri: INFORMATION_URI,
        rules
      }
    },
    ...options.category !== void 0 ? { automationDetails: { id: `stackfit/${options.category}/` } } : {},
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: "The root of the scanned repository." } }
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report2.diagnostics.map((d) => {
          const notification = {
            descriptor: { id: d.code },
            level: NOTIFICATION_LEVEL[d.severity],
            message: { text: d.message }
          };
          if (d.path !== void 0) {
            notification.locations = [location2({ path: d.path, line: d.line, detail: "" })];
          }
          return notification;
        })
      }
    ],
    columnKind: "utf16CodeUnits",
    results: report2.findings.map((f) => result(f, index.get(f.ruleId) ?? -1, report2))
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
  return JSON.stringify(log, null, 2) + "\n";
}
function buildRules(findings) {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.fix}

Why (the guide): ${rule.rationale}

${ruleDocsUrl(rule.id)}`,
      markdown: `**Fix:** ${rule.fix}

> ${rule.rationale}

[${rule.id} ${rule.name}](${ruleDocsUrl(rule.id)})`
    },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: [rule.category] }
  }));
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    rules.push({
      id: f.ruleId,
      name: f.ruleName,
      shortDescription: { text: f.ruleName },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: [f.category] }
    });
  }
  return rules.sort((a, b) => compareStrings(a.id, b.id));
}
function result(f, ruleIndex, report2) {
  const anchor = f.evidence.find((e) => e.line !== void 0);
  const primary = anchor ?? f.evidence[0] ?? {
    path: report2.services.find((s) => s.root === f.service)?.markers[0] ?? f.service,
    detail: ""
  };
  const related = f.evidence.filter((e) => e !== primary);
  const who = f.waived?.owner ? ` (${f.waived.owner})` : "";
  return {
    ruleId: f.ruleId,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    level: LEVEL[f.severity],
    message: { text: `${f.message} Fix: ${f.fix}` },
    locations: [location2(primary)],
    ...related.length > 0 ? {
      relatedLocations: related.map((e, i) => ({
        id: i + 1,
        ...location2(e),
        message: { text: e.detail }
      }))
    } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.waived ? {
      suppressions: [
        {
          kind: "external",
          justification: `${f.waived.reason}${who} \u2014 ${f.waived.source}`
        }
      ]
    } : {},
    properties: { service: f.service, category: f.category }
  };
}
function location2(e) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(e.path), uriBaseId: SRCROOT },
      ...e.line !== void 0 ? { region: { startLine: e.line } } : {}
    }
  };
}
function toUri(path) {
  return path.replace(/^\.\/+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// src/core/5-report/text.ts
var TEXT_MAX_EXCLUSIONS = 20;
var SGR = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39]
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
var FIT_STYLE = { ...SEVERITY_STYLE, ok: "green", "n/a": "dim" };
function renderText(report2, options) {
  const paint2 = (style, text2) => {
    if (!options.color || text2 === "") return text2;
    const [on, off] = SGR[style];
    return `\x1B[${on}m${text2}\x1B[${off}m`;
  };
  const out = [];
  const judged = report2.services.filter((s) => s.kind === "service").length;
  out.push(
    paint2("bold", `stackfit ${safe(report2.tool.version)}`) + ` \u2014 ${count2(report2.services.length, "directory", "directories")} in ${safe(report2.root)}, ${count2(judged, "service", "services")} judged`,
    ""
  );
  out.push(...serviceTable2(report2, paint2), "");
  const active = report2.findings.filter((f) => !f.waived);
  const waived = report2.findings.filter((f) => f.waived);
  if (active.length === 0) {
    out.push(paint2("bold", "Findings: none"), "");
  } else {
    out.push(paint2("bold", `Findings (${active.length})`), "");
    out.push(...findingsByService(active, report2.services, paint2));
  }
  if (waived.length > 0) {
    out.push(paint2("bold", `Waived findings (${waived.length})`), "");
    out.push(...findingsByService(waived, report2.services, paint2));
  }
  if (report2.exclusions.length > 0) {
    const top = topLevelExclusions(report2.exclusions);
    out.push(paint2("bold", `Excluded (${plural(report2.exclusions.length, "path")})`));
    const width = Math.max(
      ...top.slice(0, TEXT_MAX_EXCLUSIONS).map((t) => width_(safe(t.exclusion.path)))
    );
    for (const { exclusion, covers } of top.slice(0, TEXT_MAX_EXCLUSIONS)) {
      const more = covers > 0 ? `, +${covers} inside` : "";
      out.push(
        `  ${pad(safe(exclusion.path), width)}  ${exclusion.reason} ${paint2("dim", `(${safe(exclusion.source)}${more})`)}`
      );
    }
    if (top.length > TEXT_MAX_EXCLUSIONS)
      out.push(`  \u2026 and ${top.length - TEXT_MAX_EXCLUSIONS} more`);
    out.push("");
  }
  if (report2.diagnostics.length > 0) {
    out.push(paint2("bold", `Diagnostics (${report2.diagnostics.length})`));
    for (const d of report2.diagnostics) {
      const style = d.severity === "error" ? "red" : d.severity === "warning" ? "yellow" : "dim";
      const where2 = d.path !== void 0 ? `${safe(location({ path: d.path, line: d.line }))}  ` : "";
      out.push(
        `  ${paint2(style, pad(d.severity, 7))}  ${where2}${safe(d.message)} ${paint2("dim", `[${safe(d.code)}]`)}`
      );
    }
    out.push("");
  }
  const { conclusion } = report2.verdict;
  out.push(
    paint2(
      conclusion === "fail" ? "red" : "green",
      paint2("bold", conclusion === "fail" ? "FAIL" : "PASS")
    ) + "  " + safe(report2.verdict.headline)
  );
  return out.join("\n") + "\n";
}
function serviceTable2(report2, paint2) {
  const header = ["SERVICE", "KIND", "LANGUAGE", "WORKLOAD", "FIT"];
  if (report2.services.length === 0) return ["No services found."];
  const rows = report2.services.map((s) => {
    const fit = fitOf(s, report2.findings);
    return { cells: [safe(s.root), s.kind, safe(languageText(s)), safe(workloadText(s)), fit], fit };
  });
  const widths = header.map(
    (h, i) => Math.max(width_(h), ...rows.map((r) => width_(r.cells[i] ?? "")))
  );
  const line = (cells, fit) => cells.map((c, i) => {
    const last = i === cells.length - 1;
    const text2 = last ? c : pad(c, widths[i] ?? 0);
    return last && fit ? paint2(FIT_STYLE[fit], text2) : text2;
  }).join("  ");
  return [paint2("bold", line(header)), ...rows.map((r) => line(r.cells, r.fit))];
}
function findingsByService(findings, services, paint2) {
  const out = [];
  const roots = [...new Set(findings.map((f) => f.service))];
  for (const root of roots) {
    const service = services.find((s) => s.root === root);
    const language = service ? ` (${safe(service.language.id)})` : "";
    out.push(paint2("bold", safe(root)) + language);
    const mine = findings.filter((f) => f.service === root);
    for (const f of mine) {
      out.push(
        `  ${paint2(SEVERITY_STYLE[f.severity], pad(f.severity, 7))}  ${paint2("bold", safe(f.ruleId))} ${safe(f.ruleName)}`
      );
      out.push(`    ${safe(f.message)}`);
      const evidenceWidth = Math.max(0, ...f.evidence.map((e) => width_(safe(location(e)))));
      for (const e of f.evidence) {
        out.push(`      ${paint2("dim", pad(safe(location(e)), evidenceWidth))}  ${safe(e.detail)}`);
      }
      out.push(`    Fix: ${safe(f.fix)}`);
      if (f.waived) {
        const by = f.waived.owner ? ` by ${safe(f.waived.owner)}` : "";
        const until = f.waived.expires ? ` until ${safe(f.waived.expires)}` : "";
        out.push(
          `    Waived${by}${until}: ${safe(f.waived.reason)} ${paint2("dim", `(${safe(f.waived.source)})`)}`
        );
      }
    }
    out.push("");
  }
  return out;
}
function count2(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function safe(text2) {
  return escapeControl(text2);
}
function width_(text2) {
  let w = 0;
  for (const ch of text2) {
    const cp = ch.codePointAt(0) ?? 0;
    if (new RegExp("\\p{Mn}|\\p{Me}|\\u200b|\\u200d", "u").test(ch)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 129791 || cp >= 131072 && cp <= 262141;
}
function pad(text2, width) {
  return text2 + " ".repeat(Math.max(0, width - width_(text2)));
}

// src/core/parse/text.ts
var MAX_LINE_TEXT = 200;
function lineMap(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineCount = starts.length > 1 && starts[starts.length - 1] === text2.length ? starts.length - 1 : starts.length;
  const lineOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.min(lo + 1, lineCount);
  };
  return {
    lineCount,
    lineOf,
    columnOf: (offset) => offset - (starts[lineOf(offset) - 1] ?? 0) + 1,
    textOf(line) {
      const start = starts[line - 1];
      if (start === void 0) return "";
      const next = starts[line];
      const raw = text2.slice(start, next === void 0 ? text2.length : next - 1);
      return raw.trim().slice(0, MAX_LINE_TEXT);
    }
  };
}
function splitLines(text2) {
  return text2.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
}
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function parseDiagnostic(path, what, line, column) {
  const at = line === void 0 ? "" : column === void 0 ? ` (line ${line})` : ` (line ${line}, column ${column})`;
  const d = {
    severity: "warning",
    code: "manifest-parse",
    message: `Could not parse ${path}${at}: ${what}`,
    path
  };
  if (line !== void 0) d.line = line;
  if (column !== void 0) d.column = column;
  return d;
}
var PYPI_SEPARATORS = /[-_.]+/g;
var PEP508_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function normalisePypiName(name) {
  return name.toLowerCase().replace(PYPI_SEPARATORS, "-");
}
function pep508Name(requirement) {
  const m = PEP508_NAME.exec(requirement);
  return m?.[1] === void 0 ? void 0 : normalisePypiName(m[1]);
}
function errorMessage2(error) {
  return error instanceof Error ? error.message : String(error);
}
function blankCStyleComments(text2) {
  let out = "";
  let i = 0;
  let quote;
  let from = 0;
  const n = text2.length;
  while (i < n) {
    const c = text2[i];
    if (quote !== void 0) {
      if (c === "\\") i++;
      else if (c === quote || c === "\n") quote = void 0;
      i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      i++;
    } else if (c === "/" && (text2[i + 1] === "/" || text2[i + 1] === "*")) {
      const block = text2[i + 1] === "*";
      let end = block ? text2.indexOf("*/", i + 2) : text2.indexOf("\n", i);
      end = end < 0 ? n : block ? end + 2 : end;
      out += text2.slice(from, i) + text2.slice(i, end).replace(NOT_NEWLINE, " ");
      i = from = end;
    } else i++;
  }
  return out + text2.slice(from);
}
var NOT_NEWLINE = /[^\n]/g;

// src/core/parse/manifests/common.ts
var DEV_GROUP_NAMES = [
  "dev",
  "develop",
  "development",
  "doc",
  "docs",
  "lint",
  "linting",
  "test",
  "testing",
  "tests",
  "typing"
];
function isDevGroup(name) {
  return DEV_GROUP_NAMES.includes(name.toLowerCase().replace(/[-_.]+/g, "-"));
}
function emptyManifest(path, type) {
  return {
    path,
    type,
    dependencies: [],
    entrypoints: [],
    workspaceMembers: [],
    workspaceOnly: false
  };
}
function dependency(name, ecosystem, path, line, text2, dev, indirect = false) {
  return { name, ecosystem, path, line, text: text2.trim(), dev, indirect };
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function locatedStrings(loc, path, values) {
  const items = loc.strings(path);
  const fallback = loc.key(path)?.line ?? 1;
  let next = 0;
  return values.map((value) => {
    for (let i = next; i < items.length; i++) {
      const item = items[i];
      if (item !== void 0 && item.value === value) {
        next = i + 1;
        return { value, line: item.line };
      }
    }
    return { value, line: fallback };
  });
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/parse/manifests/toml-lines.ts
var SEP = "\0";
var BARE_KEY_CHAR = /[A-Za-z0-9_-]/;
var SCALAR_END = /[,\]}\n#]/;
function locateToml(text2) {
  const lines = lineMap(text2);
  const keys = /* @__PURE__ */ new Map();
  const arrays = /* @__PURE__ */ new Map();
  const arrayTableIndex = /* @__PURE__ */ new Map();
  let p = 0;
  const n = text2.length;
  const at = (offset) => {
    const line = lines.lineOf(offset);
    return { line, text: lines.textOf(line) };
  };
  const remember = (path, offset) => {
    const id = path.join(SEP);
    if (!keys.has(id)) keys.set(id, at(offset));
  };
  const skipInline = () => {
    while (p < n && (text2[p] === " " || text2[p] === "	" || text2[p] === "\r")) p++;
  };
  const skipComment2 = () => {
    if (text2[p] === "#") while (p < n && text2[p] !== "\n") p++;
  };
  const skipBlank = () => {
    for (; ; ) {
      const before = p;
      while (p < n && /\s/.test(text2[p] ?? "")) p++;
      skipComment2();
      if (p === before) return;
    }
  };
  const toLineEnd = () => {
    while (p < n && text2[p] !== "\n") p++;
  };
  const readString = () => {
    const quote = text2[p];
    if (quote !== '"' && quote !== "'") return void 0;
    const triple = text2.startsWith(quote.repeat(3), p);
    p += triple ? 3 : 1;
    let out = "";
    while (p < n) {
      const c = text2[p] ?? "";
      if (triple ? text2.startsWith(quote.repeat(3), p) : c === quote) {
        p += triple ? 3 : 1;
        while (triple && text2[p] === quote) {
          out += quote;
          p++;
        }
        return out;
      }
      if (!triple && c === "\n") return out;
      if (quote === '"' && c === "\\") {
        const e = text2[p + 1] ?? "";
        p += 2;
        if (e === "n") out += "\n";
        else if (e === "t") out += "	";
        else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const code3 = Number.parseInt(text2.slice(p, p + len), 16);
          out += Number.isFinite(code3) && code3 <= 1114111 ? String.fromCodePoint(code3) : "";
          p += len;
        } else if (e === "\n" || e === "\r" || e === " " || e === "	") {
          while (p < n && /\s/.test(text2[p] ?? "")) p++;
        } else out += e;
        continue;
      }
      out += c;
      p++;
    }
    return out;
  };
  const readKeyPath = () => {
    const path = [];
    for (; ; ) {
      skipInline();
      const c = text2[p] ?? "";
      if (c === '"' || c === "'") {
        path.push(readString() ?? "");
      } else if (BARE_KEY_CHAR.test(c)) {
        const start = p;
        while (p < n && BARE_KEY_CHAR.test(text2[p] ?? "")) p++;
        path.push(text2.slice(start, p));
      } else return void 0;
      skipInline();
      if (text2[p] !== ".") return path;
      p++;
    }
  };
  const resolveTable = (path) => {
    const out = [];
    for (const segment of path) {
      out.push(segment);
      const index = arrayTableIndex.get(out.join(SEP));
      if (index !== void 0) out.push(`[${index}]`);
    }
    return out;
  };
  const scanValue = (path, into) => {
    skipInline();
    const start = p;
    const c = text2[p];
    if (c === '"' || c === "'") {
      const value = readString() ?? "";
      if (into !== void 0) {
        const list = arrays.get(into) ?? [];
        list.push({ value, line: lines.lineOf(start) });
        arrays.set(into, list);
      }
      return;
    }
    if (c === "[") {
      p++;
      const id = path.join(SEP);
      for (let index = 0; p < n; index++) {
        skipBlank();
        if (text2[p] === "]") {
          p++;
          return;
        }
        const before = p;
        scanValue([...path, `[${index}]`], id);
        skipBlank();
        if (text2[p] === ",") p++;
        if (p === before) p++;
      }
      return;
    }
    if (c === "{") {
      p++;
      while (p < n) {
        skipInline();
        if (text2[p] === "}") {
          p++;
          return;
        }
        const keyStart = p;
        const key = readKeyPath();
        if (key === void 0 || text2[p] !== "=") {
          toLineEnd();
          return;
        }
        p++;
        const full = [...path, ...key];
        remember(full, keyStart);
        scanValue(full, void 0);
        skipInline();
        if (text2[p] === ",") p++;
      }
      return;
    }
    while (p < n && !SCALAR_END.test(text2[p] ?? "")) p++;
  };
  let table = [];
  while (p < n) {
    skipBlank();
    if (p >= n) break;
    const start = p;
    if (text2[p] === "[") {
      const isArray = text2[p + 1] === "[";
      p += isArray ? 2 : 1;
      const header = readKeyPath() ?? [];
      if (isArray) {
        const id = header.join(SEP);
        const next = (arrayTableIndex.get(id) ?? -1) + 1;
        arrayTableIndex.set(id, next);
        table = resolveTable(header.slice(0, -1));
        table.push(header[header.length - 1] ?? "", `[${next}]`);
      } else {
        table = resolveTable(header);
      }
      remember(table, start);
      toLineEnd();
      continue;
    }
    const key = readKeyPath();
    if (key === void 0 || text2[p] !== "=") {
      toLineEnd();
      continue;
    }
    p++;
    const full = [...table, ...key];
    remember(full, start);
    scanValue(full, void 0);
    if (p === start) p++;
  }
  return {
    key: (path) => keys.get(path.join(SEP)),
    strings: (path) => arrays.get(path.join(SEP)) ?? []
  };
}

// src/core/parse/manifests/toml.ts
function readToml(path, text2) {
  const body = stripBom(text2);
  try {
    const data = parse(body);
    return { ok: true, data, loc: locateToml(body) };
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split("\n")[0] ?? "";
      const what = first.replace(/^Invalid TOML document:\s*/, "");
      return {
        ok: false,
        diagnostic: parseDiagnostic(path, `invalid TOML: ${what}`, error.line, error.column)
      };
    }
    return { ok: false, diagnostic: parseDiagnostic(path, `invalid TOML: ${errorMessage2(error)}`) };
  }
}

// src/core/parse/manifests/cargo.ts
var DEPENDENCY_TABLES = [
  { table: "dependencies", dev: false },
  { table: "dev-dependencies", dev: true },
  { table: "build-dependencies", dev: false }
];
function parseCargo(path, text2) {
  const read = readToml(path, text2);
  if (!read.ok)
    return { manifest: emptyManifest(path, "Cargo.toml"), diagnostics: [read.diagnostic] };
  const { data, loc } = read;
  const manifest = emptyManifest(path, "Cargo.toml");
  const pkg = record(data["package"]);
  const name = str(pkg?.["name"]);
  if (name !== void 0) manifest.name = name;
  for (const { table, dev } of DEPENDENCY_TABLES) {
    collect(path, loc, [table], data[table], dev, manifest.dependencies);
  }
  for (const [target, body] of Object.entries(record(data["target"]) ?? {})) {
    for (const { table, dev } of DEPENDENCY_TABLES) {
      collect(
        path,
        loc,
        ["target", target, table],
        record(body)?.[table],
        dev,
        manifest.dependencies
      );
    }
  }
  const workspace = record(data["workspace"]);
  manifest.workspaceMembers = stringList(workspace?.["members"]);
  manifest.workspaceOnly = workspace !== void 0 && pkg === void 0;
  const bins = Array.isArray(data["bin"]) ? data["bin"] : [];
  bins.forEach((bin, index) => {
    const binName = str(record(bin)?.["name"]);
    const pos = loc.key(["bin", `[${index}]`]);
    const evidence = {
      path,
      detail: binName === void 0 ? "[[bin]]" : `[[bin]] name = "${binName}"`
    };
    if (pos) evidence.line = pos.line;
    manifest.entrypoints.push(evidence);
  });
  return { manifest, diagnostics: [] };
}
function collect(path, loc, at, value, dev, out) {
  for (const [key, spec] of Object.entries(record(value) ?? {})) {
    const name = str(record(spec)?.["package"]) ?? key;
    const pos = loc.key([...at, key]) ?? loc.key(at);
    out.push(dependency(name, "cargo", path, pos?.line ?? 1, pos?.text ?? key, dev));
  }
}

// src/core/parse/manifests/json.ts
var SEP2 = "\0";
var POSITION = /at position (\d+)/;
var LINE_COLUMN = /\(line (\d+) column (\d+)\)/;
function readJson(path, text2) {
  const body = stripBom(text2);
  try {
    const data = JSON.parse(body);
    return { ok: true, data, loc: locateJson(body) };
  } catch (error) {
    const message = errorMessage2(error);
    const lines = lineMap(body);
    let line;
    let column;
    const lc = LINE_COLUMN.exec(message);
    const pos = POSITION.exec(message);
    if (lc?.[1] !== void 0 && lc[2] !== void 0) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (pos?.[1] !== void 0) {
      const offset = Number(pos[1]);
      line = lines.lineOf(offset);
      column = lines.columnOf(offset);
    } else {
      line = Math.max(lines.lineCount, 1);
      column = lines.columnOf(body.length);
    }
    const what = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/,? ?"[^"]*"\.\.\. is not valid JSON/, "");
    return { ok: false, diagnostic: parseDiagnostic(path, `invalid JSON: ${what}`, line, column) };
  }
}
function locateJson(text2) {
  const lines = lineMap(text2);
  const keys = /* @__PURE__ */ new Map();
  const stack = [];
  let pendingKey;
  let p = 0;
  const n = text2.length;
  const readString = () => {
    p++;
    let out = "";
    while (p < n) {
      const c = text2[p];
      if (c === '"') {
        p++;
        break;
      }
      if (c === "\\") {
        const e = text2[p + 1] ?? "";
        if (e === "u") {
          out += String.fromCharCode(Number.parseInt(text2.slice(p + 2, p + 6), 16) || 0);
          p += 6;
        } else {
          out += e === "n" ? "\n" : e === "t" ? "	" : e;
          p += 2;
        }
        continue;
      }
      out += c;
      p++;
    }
    return out;
  };
  const valuePath = () => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.array) return [...top.path, String(top.index)];
    return [...top.path, pendingKey?.name ?? ""];
  };
  const valueDone = () => {
    const top = stack[stack.length - 1];
    if (top?.array) top.index++;
    pendingKey = void 0;
  };
  while (p < n) {
    const c = text2[p];
    if (c === "{" || c === "[") {
      stack.push({ path: valuePath(), array: c === "[", index: 0 });
      pendingKey = void 0;
      p++;
    } else if (c === "}" || c === "]") {
      stack.pop();
      valueDone();
      p++;
    } else if (c === '"') {
      const offset = p;
      const s = readString();
      const top = stack[stack.length - 1];
      let q = p;
      while (q < n && (text2[q] === " " || text2[q] === "	" || text2[q] === "\n" || text2[q] === "\r"))
        q++;
      if (top && !top.array && pendingKey === void 0 && text2[q] === ":") {
        pendingKey = { name: s, offset };
        const line = lines.lineOf(offset);
        keys.set([...top.path, s].join(SEP2), { line, text: lines.textOf(line) });
        p = q + 1;
      } else valueDone();
    } else if (c === "," || c === ":" || c === " " || c === "	" || c === "\n" || c === "\r") {
      p++;
    } else {
      while (p < n && !",}] 	\n\r".includes(text2[p] ?? "")) p++;
      valueDone();
    }
  }
  return (path) => keys.get(path.join(SEP2));
}

// src/core/parse/manifests/composer.ts
var SECTIONS = [
  { key: "require", dev: false },
  { key: "require-dev", dev: true }
];
var PLATFORM = /^(?:php(?:-64bit)?|hhvm|ext-.+|lib-.+|composer(?:-.+)?)$/i;
function parseComposer(path, text2) {
  const read = readJson(path, text2);
  if (!read.ok)
    return { manifest: emptyManifest(path, "composer.json"), diagnostics: [read.diagnostic] };
  const manifest = emptyManifest(path, "composer.json");
  const data = record(read.data);
  if (!data) return { manifest, diagnostics: [] };
  const name = str(data["name"]);
  if (name !== void 0) manifest.name = name;
  for (const { key, dev } of SECTIONS) {
    for (const dep of Object.keys(record(data[key]) ?? {})) {
      if (PLATFORM.test(dep)) continue;
      const pos = read.loc([key, dep]) ?? read.loc([key]);
      manifest.dependencies.push(
        dependency(dep, "packagist", path, pos?.line ?? 1, pos?.text ?? dep, dev)
      );
    }
  }
  stringList(data["bin"]).forEach((bin, index) => {
    const evidence = { path, detail: `bin: ${bin}` };
    const line = read.loc(["bin", String(index)])?.line ?? read.loc(["bin"])?.line;
    if (line !== void 0) evidence.line = line;
    manifest.entrypoints.push(evidence);
  });
  return { manifest, diagnostics: [] };
}

// src/core/parse/manifests/xml-tags.ts
var TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/y;
var ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var ENTITY = /&(lt|gt|amp|quot|apos);/g;
function scanXml(text2, visit) {
  const lines = lineMap(text2);
  const open = [];
  let problem;
  const report2 = (message, offset) => {
    problem ??= { message, line: lines.lineOf(offset) };
  };
  let i = 0;
  while (i < text2.length) {
    const lt = text2.indexOf("<", i);
    const top = open[open.length - 1];
    if (lt < 0) {
      if (top) top.text += text2.slice(i);
      break;
    }
    if (top) top.text += text2.slice(i, lt);
    const skipTo = (terminator) => {
      const end = text2.indexOf(terminator, lt);
      if (end < 0) {
        report2(`unterminated "${text2.slice(lt, lt + 9)}"`, lt);
        i = text2.length;
      } else i = end + terminator.length;
    };
    if (text2.startsWith("<!--", lt)) skipTo("-->");
    else if (text2.startsWith("<![CDATA[", lt)) {
      const end = text2.indexOf("]]>", lt);
      if (top && end >= 0) top.text += text2.slice(lt + 9, end);
      skipTo("]]>");
    } else if (text2.startsWith("<?", lt)) skipTo("?>");
    else if (text2.startsWith("<!", lt)) skipTo(">");
    else {
      TAG.lastIndex = lt;
      const m = TAG.exec(text2);
      if (!m) {
        report2(`malformed tag "${text2.slice(lt, lt + 30).split("\n")[0] ?? ""}"`, lt);
        i = lt + 1;
        continue;
      }
      i = TAG.lastIndex;
      const name = localName(m[2] ?? "");
      if (m[1] === "/") {
        const index = findLast(open, name);
        if (index < 0) {
          report2(`closing tag </${name}> has no matching start tag`, lt);
          continue;
        }
        if (index !== open.length - 1)
          report2(`<${open[open.length - 1]?.name ?? ""}> is not closed before </${name}>`, lt);
        while (open.length > index) {
          const element2 = open.pop();
          if (element2) emit(element2);
        }
        continue;
      }
      const element = {
        name,
        attributes: attributesOf(m[3] ?? ""),
        text: "",
        line: lines.lineOf(lt),
        offset: lt
      };
      if (m[4] === "/") emit(element);
      else open.push(element);
    }
  }
  const unclosed = open[open.length - 1];
  if (unclosed) report2(`<${unclosed.name}> is never closed`, unclosed.offset);
  while (open.length > 0) {
    const element = open.pop();
    if (element) emit(element);
  }
  return problem;
  function emit(element) {
    visit({
      name: element.name,
      attributes: element.attributes,
      text: element.text.replace(ENTITY, (_, e) => ENTITIES[e] ?? "").trim(),
      line: element.line,
      lineText: lines.textOf(element.line),
      ancestors: open.map((o) => o.name)
    });
  }
}
function localName(name) {
  const colon = name.lastIndexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}
function findLast(open, name) {
  for (let i = open.length - 1; i >= 0; i--) if (open[i]?.name === name) return i;
  return -1;
}
function attributesOf(source) {
  const out = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    if (m[1] !== void 0)
      out[m[1]] = (m[2] ?? m[3] ?? "").replace(ENTITY, (_, e) => ENTITIES[e] ?? "");
  }
  return out;
}

// src/core/parse/manifests/csproj.ts
var CSPROJ_SUFFIX = /\.csproj$/i;
var EXE_OUTPUT = /* @__PURE__ */ new Set(["exe", "winexe"]);
var SERVICE_SDKS = /* @__PURE__ */ new Set(["microsoft.net.sdk.web", "microsoft.net.sdk.worker"]);
var DEV_PACKAGE = /^(?:xunit|nunit|mstest|microsoft\.net\.test\.sdk|coverlet\.|moq$|fluentassertions$)/i;
function parseCsproj(path, text2) {
  const manifest = emptyManifest(path, "csproj");
  const problem = scanXml(stripBom(text2), (el) => {
    if (el.name === "PackageReference") {
      const id = el.attributes["Include"] ?? el.attributes["include"];
      if (id === void 0 || id === "") return;
      const privateAssets = (el.attributes["PrivateAssets"] ?? "").toLowerCase() === "all";
      manifest.dependencies.push(
        dependency(id, "nuget", path, el.line, el.lineText, privateAssets || DEV_PACKAGE.test(id))
      );
    } else if (el.name === "AssemblyName" && el.text !== "") {
      manifest.name = el.text;
    } else if (el.name === "OutputType" && EXE_OUTPUT.has(el.text.toLowerCase())) {
      manifest.entrypoints.push({ path, line: el.line, detail: `OutputType ${el.text}` });
    } else if (el.name === "Project" && SERVICE_SDKS.has((el.attributes["Sdk"] ?? "").toLowerCase())) {
      manifest.entrypoints.push({
        path,
        line: el.line,
        detail: `Sdk ${el.attributes["Sdk"] ?? ""}`
      });
    }
  });
  if (manifest.name === void 0) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    manifest.name = base.replace(CSPROJ_SUFFIX, "");
  }
  const diagnostics = problem ? [parseDiagnostic(path, `invalid XML: ${problem.message}`, problem.line)] : [];
  return { manifest, diagnostics };
}

// src/core/parse/manifests/pip-requirement.ts
var EGG = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;
var URL_SCHEME = /^(?:[a-z][a-z0-9+.-]*):\/\//i;
var WHEEL_OR_SDIST = /(?:^|\/)([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(?:whl|tar\.gz|zip|tar\.bz2)$/i;
var DIRECT_REFERENCE = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*@/;
function requirementName(spec) {
  const s = spec.trim();
  if (s === "" || s.includes("$")) return void 0;
  if (DIRECT_REFERENCE.test(s)) return pep508Name(s);
  const egg = EGG.exec(s);
  if (egg?.[1] !== void 0) return normalisePypiName(egg[1]);
  const archive = WHEEL_OR_SDIST.exec(s);
  if (archive?.[1] !== void 0) return normalisePypiName(archive[1]);
  if (URL_SCHEME.test(s) || s.startsWith(".") || s.startsWith("/") || s.startsWith("~") || s.includes("/")) {
    return void 0;
  }
  return pep508Name(s);
}

// src/core/parse/manifests/dockerfile.ts
var DIRECTIVE = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/;
var KEYWORD = /^\s*([A-Za-z]+)(?:\s+|$)/;
var HEREDOC = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g;
var WORD = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var SEPARATORS = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "&"]);
var COMMAND_PREFIXES = /* @__PURE__ */ new Set(["sudo", "env", "time", "exec", "nice", "nohup"]);
var PIP_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--trusted-host",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--progress-bar",
  "--cache-dir",
  "-C",
  "--config-settings",
  "--global-option",
  "--no-binary",
  "--only-binary",
  "--upgrade-strategy",
  "--python",
  "-p",
  "--log",
  "--timeout",
  "--retries",
  "--proxy",
  "--cert",
  "--client-cert",
  "--exists-action",
  "--index-strategy",
  "--extra-index",
  "--default-index"
]);
var NPM_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "--prefix",
  "--registry",
  "--cache",
  "--tag",
  "-w",
  "--workspace",
  "--filter"
]);
var NPM_DEV_FLAGS = /* @__PURE__ */ new Set(["-D", "--save-dev", "--dev"]);
var PYTHON_BINARY = /^(?:.*\/)?python(?:\d+(?:\.\d+)?)?$/;
var PIP_BINARY = /^(?:.*\/)?pip(?:\d+(?:\.\d+)?)?$/;
var NPM_VERSION = /^(@[^/@]+\/[^@]+|[^@]+)(?:@.*)?$/;
var NPM_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
function parseDockerfile(path, text2) {
  const manifest = emptyManifest(path, "Dockerfile");
  const baseImages = [];
  const env = [];
  const stages = /* @__PURE__ */ new Set();
  for (const ins of instructions(text2)) {
    const args = ins.words.slice(1);
    if (ins.keyword === "FROM") {
      const image = args.find((w) => !w.value.startsWith("--"));
      if (image === void 0) continue;
      const asIndex = args.findIndex((w) => w.value.toLowerCase() === "as");
      const stage = asIndex >= 0 ? args[asIndex + 1]?.value : void 0;
      if (!stages.has(image.value.toLowerCase()))
        baseImages.push({ path, line: image.line, detail: image.value });
      if (stage !== void 0) stages.add(stage.toLowerCase());
    } else if (ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") {
      manifest.entrypoints.push({ path, line: ins.line, detail: ins.text });
    } else if (ins.keyword === "ENV" || ins.keyword === "ARG") {
      env.push({ path, line: ins.line, detail: ins.text });
    } else if (ins.keyword === "RUN") {
      for (const command of commands(args)) runCommand(path, command, env, manifest.dependencies);
    }
  }
  manifest.baseImages = baseImages;
  manifest.env = env;
  return { manifest, diagnostics: [] };
}
function instructions(text2) {
  const lines = splitLines(text2);
  let escape = "\\";
  let i = 0;
  for (; i < lines.length; i++) {
    const d = DIRECTIVE.exec(lines[i] ?? "");
    if (!d) break;
    if (d[1]?.toLowerCase() === "escape" && (d[2] === "`" || d[2] === "\\")) escape = d[2];
  }
  const out = [];
  while (i < lines.length) {
    const first = lines[i] ?? "";
    const keyword = KEYWORD.exec(first);
    if (first.trim() === "" || first.trimStart().startsWith("#") || !keyword?.[1]) {
      i++;
      continue;
    }
    const ins = { keyword: keyword[1].toUpperCase(), line: i + 1, text: "", words: [] };
    const parts = [];
    let heredocs = [];
    while (i < lines.length) {
      const raw = lines[i] ?? "";
      const lineNo = i + 1;
      i++;
      if (parts.length > 0 && (raw.trim() === "" || raw.trimStart().startsWith("#"))) continue;
      const trimmed = raw.trimEnd();
      const continues = trimmed.endsWith(escape);
      const body = continues ? trimmed.slice(0, -1) : trimmed;
      parts.push(body.trim());
      for (const m of body.matchAll(HEREDOC)) if (m[1] !== void 0) heredocs.push(m[1]);
      addWords(ins, body, lineNo);
      if (continues && i < lines.length) continue;
      if (heredocs.length > 0) ins.words.push({ value: ";", line: lineNo });
      while (heredocs.length > 0 && i < lines.length) {
        const docLine = lines[i] ?? "";
        i++;
        if (docLine.trim() === heredocs[0]) {
          heredocs = heredocs.slice(1);
          continue;
        }
        parts.push(docLine.trim());
        addWords(ins, docLine, i);
        ins.words.push({ value: ";", line: i });
      }
      break;
    }
    ins.text = parts.filter((p) => p !== "").join(" ");
    out.push(ins);
  }
  return out;
}
function addWords(ins, body, line) {
  for (const m of body.matchAll(WORD)) {
    let value = m[1] ?? m[2] ?? m[3] ?? "";
    if (m[3] === void 0) {
      ins.words.push({ value, line });
      continue;
    }
    if (value.length > 2 && (value.endsWith(";") || value.endsWith("&&"))) {
      const cut2 = value.endsWith(";") ? 1 : 2;
      ins.words.push({ value: value.slice(0, -cut2), line });
      value = value.slice(-cut2);
    }
    ins.words.push({ value, line });
  }
}
function commands(words) {
  const out = [[]];
  for (const w of words) {
    if (SEPARATORS.has(w.value)) out.push([]);
    else out[out.length - 1]?.push(w);
  }
  return out.filter((c) => c.length > 0);
}
function runCommand(path, words, env, out) {
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]?.value ?? "";
    if (ASSIGNMENT.test(w)) env.push({ path, line: words[i]?.line ?? 1, detail: w });
    else if (!COMMAND_PREFIXES.has(w)) break;
  }
  const rest = words.slice(i).map((w) => w.value);
  const [a, b, c, d] = rest;
  let start = -1;
  let ecosystem = "pypi";
  if (a !== void 0 && PIP_BINARY.test(a) && b === "install") start = 2;
  else if (a !== void 0 && PYTHON_BINARY.test(a) && b === "-m" && c !== void 0 && PIP_BINARY.test(c) && d === "install")
    start = 4;
  else if (a === "uv" && b === "pip" && c === "install") start = 3;
  else if (a === "npm" && (b === "install" || b === "i" || b === "add") || (a === "yarn" || a === "pnpm") && b === "add") {
    ecosystem = "npm";
    start = 2;
  } else if (a === "yarn" && b === "global" && c === "add") {
    ecosystem = "npm";
    start = 3;
  }
  if (start < 0) return;
  const args = words.slice(i + start);
  const dev = ecosystem === "npm" && args.some((w) => NPM_DEV_FLAGS.has(w.value));
  const valueOptions = ecosystem === "pypi" ? PIP_VALUE_OPTIONS : NPM_VALUE_OPTIONS;
  for (let k = 0; k < args.length; k++) {
    const w = args[k];
    if (w === void 0) continue;
    if (w.value.startsWith("-")) {
      if (valueOptions.has(w.value)) k++;
      if ((w.value === "-e" || w.value === "--editable") && ecosystem === "pypi") {
        const target = args[k + 1];
        const name2 = target ? requirementName(target.value) : void 0;
        if (target && name2 !== void 0)
          out.push(dependency(name2, "pypi", path, target.line, target.value, false));
        k++;
      }
      continue;
    }
    const name = ecosystem === "pypi" ? requirementName(w.value) : npmName(w.value);
    if (name !== void 0) out.push(dependency(name, ecosystem, path, w.line, w.value, dev));
  }
}
function npmName(spec) {
  if (spec.includes("$") || spec.includes(":") || spec.startsWith(".") || spec.startsWith("/"))
    return void 0;
  const name = NPM_VERSION.exec(spec)?.[1];
  return name !== void 0 && NPM_NAME.test(name) ? name : void 0;
}

// src/core/parse/manifests/gemfile.ts
var GEM = /^\s*gem\s*\(?\s*(["'])([^"']+)\1/;
var GROUP_BLOCK = /^\s*group\s*\(?\s*(.*?)\)?\s+do\b/;
var INLINE_GROUP = /\bgroups?\s*(?::|=>)\s*(\[[^\]]*\]|:\w+|["']\w+["'])/;
var OPENS_BLOCK = /\bdo\s*(?:\|[^|]*\|)?\s*$/;
var CLOSES_BLOCK = /^\s*end\b/;
var SYMBOL = /\w+/g;
var COMMENT = /(?:^|\s)#.*$/;
function parseGemfile(path, text2) {
  const manifest = emptyManifest(path, "Gemfile");
  const blocks = [];
  splitLines(text2).forEach((raw, index) => {
    const line = index + 1;
    const code3 = raw.replace(COMMENT, "");
    if (CLOSES_BLOCK.test(code3)) {
      blocks.pop();
      return;
    }
    const inDev = blocks.some((dev) => dev);
    const gem = GEM.exec(code3);
    if (gem?.[2] !== void 0) {
      const inline = INLINE_GROUP.exec(code3)?.[1];
      const dev = inDev || inline !== void 0 && devGroups(inline);
      manifest.dependencies.push(dependency(gem[2], "rubygems", path, line, raw, dev));
    }
    if (OPENS_BLOCK.test(code3)) {
      const group = GROUP_BLOCK.exec(code3)?.[1];
      blocks.push(group !== void 0 && devGroups(group));
    }
  });
  return { manifest, diagnostics: [] };
}
function devGroups(list) {
  const names = list.match(SYMBOL) ?? [];
  return names.length > 0 && names.every(isDevGroup);
}

// src/core/parse/manifests/go-directives.ts
var TOKEN = /"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g;
function readGoDirectives(path, text2) {
  const directives = [];
  const diagnostics = [];
  let block;
  splitLines(text2).forEach((raw, index) => {
    const line = index + 1;
    const { code: code3, comment } = splitComment(raw);
    const tokens = (code3.match(TOKEN) ?? []).map(unquote);
    if (tokens.length === 0) return;
    if (block) {
      if (tokens[0] === ")") {
        block = void 0;
        return;
      }
      directives.push({ verb: block.verb, args: tokens, comment, line, text: raw.trim() });
      return;
    }
    const [verb, ...args] = tokens;
    if (verb === void 0) return;
    if (args.length === 1 && args[0] === "(") {
      block = { verb, line };
      return;
    }
    directives.push({ verb, args, comment, line, text: raw.trim() });
  });
  if (block) {
    diagnostics.push(
      parseDiagnostic(path, `the "${block.verb} (" block opened here is never closed`, block.line)
    );
  }
  return { directives, diagnostics };
}
function splitComment(line) {
  let inQuote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuote) {
      if (c === "\\" && inQuote === '"') i++;
      else if (c === inQuote) inQuote = void 0;
    } else if (c === '"' || c === "`") inQuote = c;
    else if (c === "/" && line[i + 1] === "/")
      return { code: line.slice(0, i), comment: line.slice(i + 2).trim() };
  }
  return { code: line, comment: "" };
}
function unquote(token) {
  if (token.length >= 2 && (token.startsWith('"') || token.startsWith("`"))) {
    return token.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return token;
}

// src/core/parse/manifests/go-mod.ts
var INDIRECT = /(?:^|;)\s*indirect\s*(?:;|$)/;
function parseGoMod(path, text2) {
  const { directives, diagnostics } = readGoDirectives(path, text2);
  const manifest = emptyManifest(path, "go.mod");
  for (const d of directives) {
    if (d.verb === "module" && d.args[0] !== void 0) manifest.name = d.args[0];
    if (d.verb !== "require") continue;
    const [module, version] = d.args;
    if (module === void 0 || version === void 0) {
      diagnostics.push(
        parseDiagnostic(path, `require needs a module path and a version: "${d.text}"`, d.line)
      );
      continue;
    }
    manifest.dependencies.push(
      dependency(module, "go", path, d.line, d.text, false, INDIRECT.test(d.comment))
    );
  }
  return { manifest, diagnostics };
}

// src/core/parse/manifests/go-work.ts
function parseGoWork(path, text2) {
  const { directives, diagnostics } = readGoDirectives(path, text2);
  const manifest = emptyManifest(path, "go.work");
  manifest.workspaceOnly = true;
  for (const d of directives) {
    if (d.verb === "use" && d.args[0] !== void 0) manifest.workspaceMembers.push(d.args[0]);
  }
  return { manifest, diagnostics };
}

// src/core/parse/manifests/gradle.ts
var GRADLE_CONFIGURATIONS = [
  "api",
  "implementation",
  "compile",
  "compileOnly",
  "compileOnlyApi",
  "runtimeOnly",
  "runtime",
  "annotationProcessor",
  "kapt",
  "ksp",
  "developmentOnly",
  "testImplementation",
  "testCompileOnly",
  "testRuntimeOnly",
  "testCompile",
  "testAnnotationProcessor",
  "testFixturesImplementation",
  "testFixturesApi",
  "androidTestImplementation",
  "debugImplementation",
  "releaseImplementation"
];
var CONFIG_SET = new Set(GRADLE_CONFIGURATIONS);
var DEV_CONFIG = /^(?:test|androidTest)/;
var DECLARATION = /^\s*([A-Za-z]+)\b\s*\(?\s*(?:(?:platform|enforcedPlatform|testFixtures)\s*\(\s*)?(["'])([^"'$]+?)\2/;
var MAP_GROUP = /\bgroup\s*[:=]\s*["']([^"']+)["']/;
var MAP_NAME = /\bname\s*[:=]\s*["']([^"']+)["']/;
var MAP_START = /^\s*([A-Za-z]+)\b\s*\(?\s*group\s*[:=]/;
var MAIN_CLASS = /\bmainClass(?:Name)?\b\s*(?:=|\.set\s*\()\s*["']([^"']+)["']/;
var SERVICE_PLUGIN = /^\s*(?:id\s*\(?\s*["'](application|org\.springframework\.boot|io\.micronaut\.application|io\.quarkus)["']|(application)\s*$)/;
function parseGradle(path, text2) {
  const manifest = emptyManifest(path, "build.gradle");
  const code3 = blankCStyleComments(text2);
  const original = splitLines(text2);
  splitLines(code3).forEach((raw, index) => {
    const line = index + 1;
    const written = (original[index] ?? "").trim();
    const decl = DECLARATION.exec(raw);
    const config = decl?.[1];
    if (config !== void 0 && CONFIG_SET.has(config)) {
      const [group, artifact] = (decl?.[3] ?? "").split(":");
      if (group && artifact) {
        manifest.dependencies.push(
          dependency(`${group}:${artifact}`, "maven", path, line, written, DEV_CONFIG.test(config))
        );
      }
    } else {
      const map = MAP_START.exec(raw);
      const group = MAP_GROUP.exec(raw)?.[1];
      const name = MAP_NAME.exec(raw)?.[1];
      if (map?.[1] !== void 0 && CONFIG_SET.has(map[1]) && group && name) {
        manifest.dependencies.push(
          dependency(`${group}:${name}`, "maven", path, line, written, DEV_CONFIG.test(map[1]))
        );
      }
    }
    const main2 = MAIN_CLASS.exec(raw)?.[1];
    if (main2 !== void 0) manifest.entrypoints.push({ path, line, detail: `mainClass ${main2}` });
    const plugin = SERVICE_PLUGIN.exec(raw);
    const pluginId = plugin?.[1] ?? plugin?.[2];
    if (pluginId !== void 0)
      manifest.entrypoints.push({ path, line, detail: `plugin ${pluginId}` });
  });
  return { manifest, diagnostics: [] };
}

// src/core/parse/manifests/mix.ts
var DEPS_START = /^\s*defp?\s+deps\b/;
var FUNCTION_END = /^(\s*)end\b/;
var DEP = /\{\s*:([a-z_][a-zA-Z0-9_]*)\s*,/g;
var ONLY = /\bonly:\s*(\[[^\]]*\]|:\w+)/;
var APP = /\bapp:\s*:([a-z_][a-zA-Z0-9_]*)/;
var APPS_PATH = /\bapps_path:\s*"([^"]+)"/;
var SYMBOL2 = /\w+/g;
var COMMENT2 = /(?:^|\s)#.*$/;
var INDENT = /^\s*/;
var TRAILING_SLASHES = /\/+$/;
function parseMix(path, text2) {
  const manifest = emptyManifest(path, "mix.exs");
  let depsIndent;
  splitLines(text2).forEach((raw, index) => {
    const line = index + 1;
    const code3 = raw.replace(COMMENT2, "");
    if (manifest.name === void 0) {
      const app = APP.exec(code3)?.[1];
      if (app !== void 0) manifest.name = app;
    }
    const apps = APPS_PATH.exec(code3)?.[1];
    if (apps !== void 0)
      manifest.workspaceMembers.push(`${apps.replace(TRAILING_SLASHES, "")}/*`);
    if (depsIndent === void 0) {
      if (DEPS_START.test(code3)) depsIndent = INDENT.exec(code3)?.[0].length ?? 0;
      return;
    }
    const end = FUNCTION_END.exec(code3);
    if (end && (end[1]?.length ?? 0) <= depsIndent) {
      depsIndent = void 0;
      return;
    }
    const tuples = [...code3.matchAll(DEP)];
    tuples.forEach((m, k) => {
      const own2 = code3.slice(m.index, tuples[k + 1]?.index ?? code3.length);
      const names = ONLY.exec(own2)?.[1]?.match(SYMBOL2) ?? [];
      const dev = names.length > 0 && names.every(isDevGroup);
      if (m[1] !== void 0)
        manifest.dependencies.push(dependency(m[1], "hex", path, line, raw, dev));
    });
  });
  return { manifest, diagnostics: [] };
}

// src/core/parse/manifests/package-json.ts
var SECTIONS2 = [
  { key: "dependencies", dev: false },
  { key: "devDependencies", dev: true },
  { key: "peerDependencies", dev: false },
  { key: "optionalDependencies", dev: false }
];
var START_SCRIPTS = ["start", "serve"];
function parsePackageJson(path, text2) {
  const read = readJson(path, text2);
  if (!read.ok)
    return { manifest: emptyManifest(path, "package.json"), diagnostics: [read.diagnostic] };
  const manifest = emptyManifest(path, "package.json");
  const data = record(read.data);
  if (!data) return { manifest, diagnostics: [] };
  const loc = read.loc;
  const name = str(data["name"]);
  if (name !== void 0) manifest.name = name;
  for (const { key, dev } of SECTIONS2) {
    for (const [dep, version] of Object.entries(record(data[key]) ?? {})) {
      const pos = loc([key, dep]) ?? loc([key]);
      const text3 = pos?.text ?? `"${dep}": ${JSON.stringify(version)}`;
      manifest.dependencies.push(dependency(dep, "npm", path, pos?.line ?? 1, text3, dev));
    }
  }
  const entry = (at, detail) => {
    const evidence = { path, detail };
    const line = loc(at)?.line;
    if (line !== void 0) evidence.line = line;
    manifest.entrypoints.push(evidence);
  };
  const bin = data["bin"];
  if (typeof bin === "string") entry(["bin"], `bin: ${bin}`);
  for (const [command, target] of Object.entries(record(bin) ?? {})) {
    if (typeof target === "string") entry(["bin", command], `bin ${command}: ${target}`);
  }
  const scripts2 = record(data["scripts"]) ?? {};
  for (const script of START_SCRIPTS) {
    const command = str(scripts2[script]);
    if (command !== void 0) entry(["scripts", script], `scripts.${script}: ${command}`);
  }
  const main2 = str(data["main"]);
  if (main2 !== void 0) entry(["main"], `main: ${main2}`);
  const workspaces = data["workspaces"];
  manifest.workspaceMembers = Array.isArray(workspaces) ? stringList(workspaces) : stringList(record(workspaces)?.["packages"]);
  manifest.workspaceOnly = data["private"] === true && manifest.workspaceMembers.length > 0 && manifest.dependencies.every((d) => d.dev);
  return { manifest, diagnostics: [] };
}

// src/core/parse/manifests/pipfile.ts
var SECTIONS3 = [
  { table: "packages", dev: false },
  { table: "dev-packages", dev: true }
];
function parsePipfile(path, text2) {
  const read = readToml(path, text2);
  if (!read.ok) return { manifest: emptyManifest(path, "Pipfile"), diagnostics: [read.diagnostic] };
  const manifest = emptyManifest(path, "Pipfile");
  for (const { table, dev } of SECTIONS3) {
    for (const key of Object.keys(record(read.data[table]) ?? {})) {
      const pos = read.loc.key([table, key]) ?? read.loc.key([table]);
      manifest.dependencies.push(
        dependency(normalisePypiName(key), "pypi", path, pos?.line ?? 1, pos?.text ?? key, dev)
      );
    }
  }
  return { manifest, diagnostics: [] };
}

// src/core/parse/manifests/pnpm-workspace.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_POSITION = /\s*at line \d+, column \d+:?\s*$/;
function parsePnpmWorkspace(path, text2) {
  const manifest = emptyManifest(path, "pnpm-workspace.yaml");
  manifest.workspaceOnly = true;
  try {
    const doc = (0, import_yaml.parseDocument)(stripBom(text2));
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      return {
        manifest,
        diagnostics: [
          parseDiagnostic(
            path,
            `invalid YAML: ${(error.message.split("\n")[0] ?? "").replace(YAML_POSITION, "")}`,
            pos?.line,
            pos?.col
          )
        ]
      };
    }
    manifest.workspaceMembers = stringList(record(doc.toJS())?.["packages"]);
    return { manifest, diagnostics: [] };
  } catch (error) {
    return { manifest, diagnostics: [parseDiagnostic(path, `invalid YAML: ${String(error)}`)] };
  }
}

// src/core/parse/manifests/pom.ts
var DEV_SCOPES = /* @__PURE__ */ new Set(["test"]);
var NOT_USED_BY_CODE = /* @__PURE__ */ new Set(["dependencyManagement", "plugin", "extension"]);
function parsePom(path, text2) {
  const manifest = emptyManifest(path, "pom.xml");
  let groupId;
  let artifact;
  let scope;
  let packaging;
  const problem = scanXml(stripBom(text2), (el) => {
    const parent = el.ancestors[el.ancestors.length - 1];
    const top = el.ancestors.length === 1 && parent === "project";
    if (parent === "dependency") {
      if (el.name === "groupId") groupId = el.text;
      else if (el.name === "artifactId") artifact = el;
      else if (el.name === "scope") scope = el.text;
      return;
    }
    if (el.name === "dependency") {
      const used = parent === "dependencies" && !el.ancestors.some((a) => NOT_USED_BY_CODE.has(a));
      if (used && artifact && artifact.text !== "") {
        const name = groupId ? `${groupId}:${artifact.text}` : artifact.text;
        const dev = DEV_SCOPES.has((scope ?? "").toLowerCase());
        manifest.dependencies.push(
          dependency(name, "maven", path, artifact.line, artifact.lineText, dev)
        );
      }
      groupId = artifact = scope = void 0;
    } else if (top && el.name === "artifactId") manifest.name = el.text;
    else if (top && el.name === "packaging") packaging = el.text;
    else if (el.name === "module" && parent === "modules" && el.text !== "")
      manifest.workspaceMembers.push(el.text);
    else if (el.name === "mainClass" && el.text !== "") {
      manifest.entrypoints.push({ path, line: el.line, detail: `mainClass: ${el.text}` });
    }
  });
  manifest.workspaceOnly = packaging === "pom";
  const diagnostics = problem ? [parseDiagnostic(path, `invalid XML: ${problem.message}`, problem.line)] : [];
  return { manifest, diagnostics };
}

// src/core/parse/manifests/pyproject.ts
function parsePyproject(path, text2) {
  const read = readToml(path, text2);
  if (!read.ok)
    return { manifest: emptyManifest(path, "pyproject.toml"), diagnostics: [read.diagnostic] };
  const { data, loc } = read;
  const manifest = emptyManifest(path, "pyproject.toml");
  const deps = manifest.dependencies;
  const project = record(data["project"]);
  const tool = record(data["tool"]);
  const poetry = record(tool?.["poetry"]);
  const uv = record(tool?.["uv"]);
  const name = str(project?.["name"]) ?? str(poetry?.["name"]);
  if (name !== void 0) manifest.name = name;
  if (project) {
    pep508List(path, loc, ["project", "dependencies"], project["dependencies"], false, deps);
    const extras = record(project["optional-dependencies"]) ?? {};
    for (const [group, list] of Object.entries(extras)) {
      pep508List(
        path,
        loc,
        ["project", "optional-dependencies", group],
        list,
        isDevGroup(group),
        deps
      );
    }
    for (const table of ["scripts", "gui-scripts"]) {
      scripts(
        path,
        loc,
        ["project", table],
        `[project.${table}]`,
        project[table],
        manifest.entrypoints
      );
    }
  }
  for (const [group, list] of Object.entries(record(data["dependency-groups"]) ?? {})) {
    pep508List(path, loc, ["dependency-groups", group], list, isDevGroup(group), deps);
  }
  if (poetry) {
    poetryTable(path, loc, ["tool", "poetry", "dependencies"], poetry["dependencies"], false, deps);
    poetryTable(
      path,
      loc,
      ["tool", "poetry", "dev-dependencies"],
      poetry["dev-dependencies"],
      true,
      deps
    );
    for (const [group, body] of Object.entries(record(poetry["group"]) ?? {})) {
      const table = record(body)?.["dependencies"];
      poetryTable(
        path,
        loc,
        ["tool", "poetry", "group", group, "dependencies"],
        table,
        isDevGroup(group),
        deps
      );
    }
    scripts(
      path,
      loc,
      ["tool", "poetry", "scripts"],
      "[tool.poetry.scripts]",
      poetry["scripts"],
      manifest.entrypoints
    );
  }
  if (uv) {
    pep508List(path, loc, ["tool", "uv", "dev-dependencies"], uv["dev-dependencies"], true, deps);
    manifest.workspaceMembers = stringList(record(uv["workspace"])?.["members"]);
  }
  manifest.workspaceOnly = manifest.workspaceMembers.length > 0 && project === void 0 && poetry === void 0;
  return { manifest, diagnostics: [] };
}
function pep508List(path, loc, at, value, dev, out) {
  for (const { value: requirement, line } of locatedStrings(loc, at, stringList(value))) {
    const name = pep508Name(requirement);
    if (name !== void 0) out.push(dependency(name, "pypi", path, line, requirement, dev));
  }
}
function poetryTable(path, loc, at, value, dev, out) {
  for (const key of Object.keys(record(value) ?? {})) {
    if (key.toLowerCase() === "python") continue;
    const pos = loc.key([...at, key]) ?? loc.key(at);
    out.push(
      dependency(normalisePypiName(key), "pypi", path, pos?.line ?? 1, pos?.text ?? key, dev)
    );
  }
}
function scripts(path, loc, at, label, value, out) {
  for (const [script, target] of Object.entries(record(value) ?? {})) {
    const pos = loc.key([...at, script]);
    const where2 = typeof target === "string" ? ` = "${target}"` : "";
    const evidence = { path, detail: `${label} ${script}${where2}` };
    if (pos) evidence.line = pos.line;
    out.push(evidence);
  }
}

// src/core/parse/manifests/requirements.ts
var COMMENT3 = /(?:^|\s)#.*$/;
var EDITABLE = /^(?:-e|--editable)(?:\s+|=)(.+)$/;
var PER_REQUIREMENT_OPTION = /\s--?[a-z][\w-]*(?:[=\s]\S+)?/g;
var NAME_START = /^[A-Za-z0-9]/;
function parseRequirements(path, text2) {
  const manifest = emptyManifest(path, "requirements.txt");
  const dev = isDevFile(path);
  const bad = [];
  const physical = splitLines(text2);
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    let logical = physical[i] ?? "";
    while (logical.endsWith("\\") && i + 1 < physical.length) {
      logical = logical.slice(0, -1) + " " + (physical[++i] ?? "");
    }
    const code3 = logical.replace(COMMENT3, "").trim();
    if (code3 === "") continue;
    let spec = code3;
    if (code3.startsWith("-")) {
      const editable = EDITABLE.exec(code3);
      if (!editable?.[1]) continue;
      spec = editable[1];
    }
    spec = ` ${spec}`.replace(PER_REQUIREMENT_OPTION, "").trim();
    const name = requirementName(spec);
    if (name !== void 0) {
      manifest.dependencies.push(dependency(name, "pypi", path, line, code3, dev));
    } else if (!NAME_START.test(spec) && !spec.includes("/") && !spec.startsWith(".")) {
      bad.push({ line, text: code3.slice(0, 60) });
    }
  }
  const diagnostics = [];
  const first = bad[0];
  if (first) {
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more such line${bad.length > 2 ? "s" : ""})` : "";
    diagnostics.push(
      parseDiagnostic(path, `"${first.text}" is not a requirement${more}`, first.line)
    );
  }
  return { manifest, diagnostics };
}
function isDevFile(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.(?:txt|in)$/i, "");
  return base.split(/[-_.]+/).some((part) => part.toLowerCase() !== "requirements" && isDevGroup(part));
}

// src/core/parse/manifests/setup-cfg.ts
var SECTION = /^\[([^\]]+)\]\s*$/;
var KEY_VALUE = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/;
var INDENTED = /^\s/;
var SCRIPT_KEYS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
function parseSetupCfg(path, text2) {
  const manifest = emptyManifest(path, "setup.cfg");
  const { entries, problem } = readIni(text2);
  const diagnostics = problem ? [parseDiagnostic(path, problem.message, problem.line)] : [];
  for (const { section, key, values } of entries) {
    const nonEmpty = values.filter(
      (v) => v.text !== "" && !v.text.startsWith("#") && !v.text.startsWith(";")
    );
    if (section === "metadata" && key === "name" && nonEmpty[0]) manifest.name = nonEmpty[0].text;
    const requirementsDev = section === "options" && (key === "install_requires" || key === "tests_require") ? key === "tests_require" : section === "options.extras_require" ? isDevGroup(key) : void 0;
    if (requirementsDev !== void 0) {
      for (const v of nonEmpty) {
        const name = pep508Name(v.text);
        if (name !== void 0)
          manifest.dependencies.push(
            dependency(name, "pypi", path, v.line, v.text, requirementsDev)
          );
      }
    }
    if (section === "options.entry_points" && SCRIPT_KEYS.has(key)) {
      for (const v of nonEmpty)
        manifest.entrypoints.push({ path, line: v.line, detail: `${key}: ${v.text}` });
    }
  }
  return { manifest, diagnostics };
}
function readIni(text2) {
  const entries = [];
  let section = "";
  let current;
  let problem;
  splitLines(text2).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    if (current && INDENTED.test(raw)) {
      current.values.push({ text: trimmed, line });
      return;
    }
    const header = SECTION.exec(trimmed);
    if (header?.[1] !== void 0) {
      section = header[1].trim();
      current = void 0;
      return;
    }
    const kv = KEY_VALUE.exec(trimmed);
    if (kv?.[1] !== void 0 && section !== "") {
      current = { section, key: kv[1].trim(), values: [] };
      const first = (kv[2] ?? "").trim();
      if (first !== "") current.values.push({ text: first, line });
      entries.push(current);
      return;
    }
    problem ??= {
      message: `"${trimmed.slice(0, 60)}" is neither a [section], a key = value line nor a continuation`,
      line
    };
  });
  return problem ? { entries, problem } : { entries };
}

// src/core/parse/sources/tokens.ts
var MAX_HINTS_PER_ID = 20;
function chainMatches(chain, pattern) {
  return chain === pattern || chain.endsWith(pattern) && chain[chain.length - pattern.length - 1] === ".";
}
function chainBefore(tokens, index) {
  let i = index - 1;
  const t = tokens[i];
  if (t?.kind !== "name") return "";
  let chain = t.value;
  while (tokens[i - 1]?.value === "." && tokens[i - 1]?.kind === "op" && tokens[i - 2]?.kind === "name") {
    chain = `${tokens[i - 2]?.value ?? ""}.${chain}`;
    i -= 2;
  }
  return chain;
}
var IDENT_START = /[A-Za-z_$\u0080-\uffff]/;
var IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
function isIdentStart(c) {
  return c !== void 0 && IDENT_START.test(c);
}
function isIdentPart(c) {
  return c !== void 0 && IDENT_PART.test(c);
}

// src/core/parse/sources/python-tokens.ts
var STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
var F_STRING_PREFIX = /[fFtT]/;
var TWO_CHAR_OPS = /* @__PURE__ */ new Set([
  "==",
  "!=",
  "<=",
  ">=",
  ":=",
  "->",
  "**",
  "//",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@="
]);
function tokenizePython(text2) {
  const tokens = [];
  const n = text2.length;
  let i = 0;
  let line = 1;
  let depth2 = 0;
  const pushNewline = () => {
    const last = tokens[tokens.length - 1];
    if (last !== void 0 && last.kind !== "newline")
      tokens.push({ kind: "newline", value: "", line });
  };
  const scanString = (fString) => {
    const quote = text2[i] ?? '"';
    const triple = text2[i + 1] === quote && text2[i + 2] === quote;
    i += triple ? 3 : 1;
    const start = i;
    let braces = 0;
    while (i < n) {
      const c = text2[i];
      if (c === "\\") {
        if (text2[i + 1] === "\n") line++;
        i += 2;
        continue;
      }
      if (c === "\n") {
        if (!triple && braces === 0) break;
        line++;
        i++;
        continue;
      }
      if (fString && c === "{") {
        if (text2[i + 1] === "{" && braces === 0) i += 2;
        else {
          braces++;
          i++;
        }
        continue;
      }
      if (fString && c === "}" && braces > 0) {
        braces--;
        i++;
        continue;
      }
      if (braces > 0 && (c === '"' || c === "'")) {
        scanString(false);
        continue;
      }
      if (c === quote && (!triple || text2[i + 1] === quote && text2[i + 2] === quote)) {
        const content = text2.slice(start, i);
        i += triple ? 3 : 1;
        return content;
      }
      i++;
    }
    return text2.slice(start, i);
  };
  while (i < n) {
    const c = text2[i] ?? "";
    if (c === "\n") {
      if (depth2 === 0) pushNewline();
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f") {
      i++;
    } else if (c === "#") {
      while (i < n && text2[i] !== "\n") i++;
    } else if (c === "\\" && (text2[i + 1] === "\n" || text2[i + 1] === "\r" && text2[i + 2] === "\n")) {
      i += text2[i + 1] === "\n" ? 2 : 3;
      line++;
    } else if (c === '"' || c === "'") {
      const startLine = line;
      tokens.push({ kind: "string", value: scanString(false), line: startLine });
    } else if (isIdentStart(c) && c !== "$") {
      const start = i;
      while (i < n && isIdentPart(text2[i]) && text2[i] !== "$") i++;
      const word = text2.slice(start, i);
      const next = text2[i];
      if ((next === '"' || next === "'") && STRING_PREFIX.test(word)) {
        const startLine = line;
        const fString = F_STRING_PREFIX.test(word);
        tokens.push({ kind: "string", value: scanString(fString), line: startLine });
      } else {
        tokens.push({ kind: "name", value: word, line });
      }
    } else if (c >= "0" && c <= "9") {
      while (i < n && (isIdentPart(text2[i]) || text2[i] === ".")) i++;
    } else {
      const two = text2.slice(i, i + 2);
      if (TWO_CHAR_OPS.has(two)) {
        tokens.push({ kind: "op", value: two, line });
        i += 2;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth2++;
      else if ((c === ")" || c === "]" || c === "}") && depth2 > 0) depth2--;
      tokens.push({ kind: "op", value: c, line });
      i++;
    }
  }
  pushNewline();
  return tokens;
}

// src/core/parse/manifests/setup-py.ts
var SCRIPT_SECTIONS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
var INI_SECTION = /^\s*\[([^\]]+)\]\s*$/;
function parseSetupPy(path, text2) {
  const tokens = tokenizePython(text2);
  const manifest = emptyManifest(path, "setup.py");
  const assignments = moduleAssignments(tokens);
  const requirements = (strings, dev) => {
    for (const s of strings) {
      const name = pep508Name(s.value);
      if (name !== void 0)
        manifest.dependencies.push(dependency(name, "pypi", path, s.line, s.value, dev));
    }
  };
  const entry = (section, spec, line) => {
    manifest.entrypoints.push({ path, line, detail: `${section}: ${spec.trim()}` });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const key = keyAt(tokens, i);
    if (t === void 0 || key === void 0) continue;
    const valueIndex = i + 2;
    if (key === "name" && tokens[valueIndex]?.kind === "string" && manifest.name === void 0) {
      manifest.name = tokens[valueIndex]?.value;
    } else if (key === "install_requires" || key === "tests_require") {
      requirements(
        listStrings(tokens, resolve3(tokens, valueIndex, assignments)),
        key === "tests_require"
      );
    } else if (key === "extras_require") {
      for (const { key: group, start } of dictEntries(
        tokens,
        resolve3(tokens, valueIndex, assignments)
      )) {
        requirements(listStrings(tokens, resolve3(tokens, start, assignments)), isDevGroup(group));
      }
    } else if (key === "entry_points") {
      const value = tokens[resolve3(tokens, valueIndex, assignments)];
      if (value?.kind === "string") iniScripts(value, entry);
    } else if (SCRIPT_SECTIONS.has(key)) {
      for (const s of listStrings(tokens, resolve3(tokens, valueIndex, assignments)))
        entry(key, s.value, s.line);
    } else if (key === "scripts") {
      for (const s of listStrings(tokens, resolve3(tokens, valueIndex, assignments)))
        entry("scripts", s.value, s.line);
    }
  }
  return { manifest, diagnostics: [] };
}
function keyAt(tokens, index) {
  const t = tokens[index];
  const next = tokens[index + 1]?.value;
  if (t?.kind === "name" && next === "=" && tokens[index - 1]?.kind !== "newline" && index > 0)
    return t.value;
  if (t?.kind === "string" && next === ":") return t.value;
  return void 0;
}
function moduleAssignments(tokens) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind === "name" && tokens[i + 1]?.value === "=" && (i === 0 || tokens[i - 1]?.kind === "newline")) {
      out.set(t.value, i + 2);
    }
  }
  return out;
}
function resolve3(tokens, index, assignments) {
  const t = tokens[index];
  if (t?.kind === "name" && tokens[index + 1]?.value !== "(")
    return assignments.get(t.value) ?? index;
  return index;
}
function listStrings(tokens, index) {
  const open = tokens[index]?.value;
  if (open === void 0 || open !== "[" && open !== "(") {
    const single = tokens[index];
    return single?.kind === "string" ? [single] : [];
  }
  const out = [];
  let depth2 = 0;
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op" && "([{".includes(t.value)) depth2++;
    else if (t.kind === "op" && ")]}".includes(t.value)) {
      depth2--;
      if (depth2 === 0) break;
    } else if (t.kind === "string" && depth2 === 1) out.push(t);
  }
  return out;
}
function dictEntries(tokens, index) {
  if (tokens[index]?.value !== "{") return [];
  const out = [];
  let depth2 = 0;
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op" && "([{".includes(t.value)) depth2++;
    else if (t.kind === "op" && ")]}".includes(t.value)) {
      depth2--;
      if (depth2 === 0) break;
    } else if (depth2 === 1 && t.kind === "string" && tokens[i + 1]?.value === ":") {
      out.push({ key: t.value, start: i + 2 });
    }
  }
  return out;
}
function iniScripts(value, entry) {
  let section = "";
  value.value.split("\n").forEach((raw, offset) => {
    const header = INI_SECTION.exec(raw);
    if (header?.[1] !== void 0) section = header[1].trim();
    else if (SCRIPT_SECTIONS.has(section) && raw.includes("="))
      entry(section, raw, value.line + offset);
  });
}

// src/core/parse/manifests/index.ts
var MANIFEST_FILES = [
  { type: "go.mod", pattern: /^go\.mod$/, example: "go.mod" },
  { type: "go.work", pattern: /^go\.work$/, example: "go.work" },
  { type: "pyproject.toml", pattern: /^pyproject\.toml$/, example: "pyproject.toml" },
  { type: "setup.py", pattern: /^setup\.py$/, example: "setup.py" },
  { type: "setup.cfg", pattern: /^setup\.cfg$/, example: "setup.cfg" },
  {
    type: "requirements.txt",
    pattern: /^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(?:txt|in)$/i,
    example: "requirements-dev.txt, dev-requirements.txt, requirements.in"
  },
  { type: "Pipfile", pattern: /^Pipfile$/, example: "Pipfile" },
  { type: "package.json", pattern: /^package\.json$/, example: "package.json" },
  {
    type: "pnpm-workspace.yaml",
    pattern: /^pnpm-workspace\.ya?ml$/,
    example: "pnpm-workspace.yaml"
  },
  { type: "Cargo.toml", pattern: /^Cargo\.toml$/, example: "Cargo.toml" },
  { type: "pom.xml", pattern: /^pom\.xml$/, example: "pom.xml" },
  {
    type: "build.gradle",
    pattern: /^build\.gradle(?:\.kts)?$/,
    example: "build.gradle, build.gradle.kts"
  },
  { type: "csproj", pattern: /^[^/]+\.csproj$/i, example: "Api.csproj" },
  { type: "Gemfile", pattern: /^Gemfile$/, example: "Gemfile" },
  { type: "composer.json", pattern: /^composer\.json$/, example: "composer.json" },
  { type: "mix.exs", pattern: /^mix\.exs$/, example: "mix.exs" },
  {
    type: "Dockerfile",
    pattern: /^(?:Dockerfile(?:\.(?!md$|txt$|rst$)[\w.-]+)?|[\w.-]+\.Dockerfile|Containerfile(?:\.[\w.-]+)?)$/i,
    example: "Dockerfile, Dockerfile.gpu, api.Dockerfile, Containerfile"
  }
];
var REQUIREMENTS_FOLDER_FILE = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/i;
var PARSERS = {
  "go.mod": parseGoMod,
  "go.work": parseGoWork,
  "pyproject.toml": parsePyproject,
  "setup.py": parseSetupPy,
  "setup.cfg": parseSetupCfg,
  "requirements.txt": parseRequirements,
  Pipfile: parsePipfile,
  "package.json": parsePackageJson,
  "pnpm-workspace.yaml": parsePnpmWorkspace,
  "Cargo.toml": parseCargo,
  "pom.xml": parsePom,
  "build.gradle": parseGradle,
  csproj: parseCsproj,
  Gemfile: parseGemfile,
  "composer.json": parseComposer,
  "mix.exs": parseMix,
  Dockerfile: parseDockerfile
};
function manifestTypeOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const match = MANIFEST_FILES.find((m) => m.pattern.test(base));
  if (match) return match.type;
  return REQUIREMENTS_FOLDER_FILE.test(path) ? "requirements.txt" : void 0;
}
function parseManifest(path, text2, type) {
  try {
    return PARSERS[type](path, text2);
  } catch (error) {
    return {
      manifest: emptyManifest(path, type),
      diagnostics: [parseDiagnostic(path, `internal parser error: ${errorMessage2(error)}`)]
    };
  }
}

// src/core/parse/sources/generated.ts
var GENERATED_HEAD_LINES = 20;
var GENERATED_HEAD_BYTES = 2048;
var GENERATED_MARKERS = [
  { pattern: /Code generated\b.*\bDO NOT EDIT\./, convention: "Go (`go generate`) header" },
  { pattern: /@generated\b/, convention: "Meta / Facebook `@generated` tag" },
  {
    pattern: /Generated by the protocol buffer compiler\.\s+DO NOT EDIT!/,
    convention: "protoc output"
  },
  { pattern: /<auto-generated\b/, convention: ".NET / T4 `<auto-generated>` header" },
  {
    pattern: /\bautogenerated\b.*\bdo not edit\b/i,
    convention: 'generic "autogenerated ... do not edit" note'
  }
];
function isGenerated(text2) {
  let head = text2.slice(0, GENERATED_HEAD_BYTES);
  let end = -1;
  for (let i = 0; i < GENERATED_HEAD_LINES; i++) {
    end = head.indexOf("\n", end + 1);
    if (end < 0) break;
  }
  if (end >= 0) head = head.slice(0, end);
  return GENERATED_MARKERS.some(({ pattern }) => pattern.test(head));
}

// src/core/parse/sources/go.ts
var GO_CALL_HINTS = [
  {
    id: "go.listen",
    callees: [
      "ListenAndServe",
      "ListenAndServeTLS",
      "net.Listen",
      "net.ListenTCP",
      "net.ListenUDP",
      "net.ListenPacket",
      "tls.Listen",
      "http.Serve",
      "http.ServeTLS"
    ]
  }
];
function tokenizeGo(text2) {
  const tokens = [];
  const n = text2.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c = text2[i] ?? "";
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < n && text2[i] !== "\n") i++;
    } else if (c === "/" && text2[i + 1] === "*") {
      i += 2;
      while (i < n && !(text2[i] === "*" && text2[i + 1] === "/")) {
        if (text2[i] === "\n") line++;
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'") {
      const start = i + 1;
      const startLine = line;
      i++;
      while (i < n && text2[i] !== c && text2[i] !== "\n") i += text2[i] === "\\" ? 2 : 1;
      tokens.push({ kind: "string", value: text2.slice(start, Math.min(i, n)), line: startLine });
      if (text2[i] === c) i++;
    } else if (c === "`") {
      const start = i + 1;
      const startLine = line;
      i++;
      while (i < n && text2[i] !== "`") {
        if (text2[i] === "\n") line++;
        i++;
      }
      tokens.push({ kind: "string", value: text2.slice(start, i), line: startLine });
      i++;
    } else if (isIdentStart(c) && c !== "$") {
      const start = i;
      while (i < n && isIdentPart(text2[i]) && text2[i] !== "$") i++;
      tokens.push({ kind: "name", value: text2.slice(start, i), line });
    } else if (c >= "0" && c <= "9") {
      while (i < n && (isIdentPart(text2[i]) || text2[i] === ".")) i++;
    } else {
      tokens.push({ kind: "op", value: c, line });
      i++;
    }
  }
  return tokens;
}
function lexGo(text2, lines) {
  const tokens = tokenizeGo(text2);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, line) => {
    const count3 = counts.get(id) ?? 0;
    if (count3 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count3 + 1);
    hints.push({ id, line, text: lines.textOf(line) });
  };
  const addImport = (t) => {
    imports.push({ module: t.value, line: t.line, text: lines.textOf(t.line) });
    if (t.value === "C") hint("go.cgo", t.line);
  };
  let packageName;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op") {
      if (t.value === "(") {
        const chain = chainBefore(tokens, i);
        if (chain !== "") {
          for (const rule of GO_CALL_HINTS) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, t.line);
          }
        }
      }
      continue;
    }
    if (t.kind !== "name" || tokens[i - 1]?.value === ".") continue;
    const next = tokens[i + 1];
    if (t.value === "package" && packageName === void 0 && next?.kind === "name") {
      packageName = next.value;
      i++;
    } else if (t.value === "import") {
      if (next?.value === "(") {
        let j = i + 2;
        for (; j < tokens.length && tokens[j]?.value !== ")"; j++) {
          const spec = tokens[j];
          if (spec?.kind === "string") addImport(spec);
        }
        i = j;
      } else {
        const spec = next?.kind === "string" ? next : tokens[i + 2];
        if (spec?.kind === "string") addImport(spec);
      }
    } else if (t.value === "go") {
      hint("go.goroutine", t.line);
    } else if (t.value === "func" && next?.value === "main" && tokens[i + 2]?.value === "(" && tokens[i + 3]?.value === ")" && packageName === "main") {
      hint("go.func-main", t.line);
    }
  }
  const out = { imports, hints };
  if (packageName !== void 0) out.packageName = packageName;
  return out;
}

// src/core/parse/sources/js.ts
var JS_CALL_HINTS = [
  // `.listen(` needs a receiver: `app.listen(3000)`, `server.listen(port)`.
  { id: "js.listen", callees: ["listen", "Bun.serve", "Deno.serve"] },
  { id: "js.worker-threads", callees: ["Worker"], constructs: true }
];
var REGEX_AFTER_WORD = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await"
]);
var DIGIT = /[0-9]/;
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["type", "typeof", "as", "default"]);
function tokenizeJs(text2) {
  const tokens = [];
  const n = text2.length;
  let i = 0;
  let line = 1;
  const braces = [];
  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (last === void 0) return true;
    if (last.kind === "string") return false;
    if (last.kind === "name") return REGEX_AFTER_WORD.has(last.value);
    return last.value !== ")" && last.value !== "]";
  };
  const scanTemplate = () => {
    const start = i;
    const startLine = line;
    while (i < n) {
      const c = text2[i];
      if (c === "\\") {
        if (text2[i + 1] === "\n") line++;
        i += 2;
        continue;
      }
      if (c === "\n") line++;
      if (c === "`") {
        tokens.push({ kind: "string", value: text2.slice(start, i), line: startLine });
        i++;
        return;
      }
      if (c === "$" && text2[i + 1] === "{") {
        tokens.push({ kind: "string", value: text2.slice(start, i), line: startLine });
        i += 2;
        braces.push(true);
        return;
      }
      i++;
    }
    tokens.push({ kind: "string", value: text2.slice(start, i), line: startLine });
  };
  while (i < n) {
    const c = text2[i] ?? "";
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < n && text2[i] !== "\n") i++;
    } else if (c === "/" && text2[i + 1] === "*") {
      i += 2;
      while (i < n && !(text2[i] === "*" && text2[i + 1] === "/")) {
        if (text2[i] === "\n") line++;
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'") {
      const start = i + 1;
      i++;
      while (i < n && text2[i] !== c && text2[i] !== "\n") i += text2[i] === "\\" ? 2 : 1;
      tokens.push({ kind: "string", value: text2.slice(start, Math.min(i, n)), line });
      if (text2[i] === c) i++;
    } else if (c === "`") {
      i++;
      scanTemplate();
    } else if (c === "/" && regexAllowed()) {
      const startLine = line;
      i++;
      let inClass = false;
      while (i < n && text2[i] !== "\n") {
        const r = text2[i];
        if (r === "\\") i++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdentPart(text2[i])) i++;
      tokens.push({ kind: "string", value: "", line: startLine });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < n && isIdentPart(text2[i])) i++;
      tokens.push({ kind: "name", value: text2.slice(start, i), line });
    } else if (c >= "0" && c <= "9") {
      while (i < n && (isIdentPart(text2[i]) || text2[i] === ".")) i++;
      tokens.push({ kind: "name", value: "0", line });
    } else if (c === "{") {
      braces.push(false);
      tokens.push({ kind: "op", value: c, line });
      i++;
    } else if (c === "}") {
      i++;
      if (braces.pop() === true) scanTemplate();
      else tokens.push({ kind: "op", value: c, line });
    } else if (c === "?" && text2[i + 1] === "." && !DIGIT.test(text2[i + 2] ?? "")) {
      tokens.push({ kind: "op", value: ".", line });
      i += 2;
    } else {
      tokens.push({ kind: "op", value: c, line });
      i++;
    }
  }
  return tokens;
}
function lexJs(text2, lines) {
  const tokens = tokenizeJs(text2);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, line) => {
    const count3 = counts.get(id) ?? 0;
    if (count3 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count3 + 1);
    hints.push({ id, line, text: lines.textOf(line) });
  };
  const addImport = (t) => {
    if (t.value !== "") imports.push({ module: t.value, line: t.line, text: lines.textOf(t.line) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op" && t.value === "(") {
      const chain = chainBefore(tokens, i);
      if (chain === "") continue;
      const constructed = tokens[i - chain.split(".").length * 2]?.value === "new";
      for (const rule of JS_CALL_HINTS) {
        if (rule.constructs === true && !constructed) continue;
        const matches = rule.callees.some(
          (c) => chainMatches(chain, c) && (c !== "listen" || chain !== "listen")
        );
        if (matches) hint(rule.id, t.line);
      }
      continue;
    }
    if (t.kind !== "name" || tokens[i - 1]?.value === ".") continue;
    const next = tokens[i + 1];
    if (t.value === "require" && next?.value === "(") {
      const spec = tokens[i + 2];
      if (spec?.kind === "string" && tokens[i + 3]?.value === ")") addImport(spec);
    } else if (t.value === "import") {
      if (next?.value === "(") {
        const spec = tokens[i + 2];
        if (spec?.kind === "string" && (tokens[i + 3]?.value === ")" || tokens[i + 3]?.value === ","))
          addImport(spec);
      } else if (next?.kind === "string") {
        addImport(next);
      } else {
        const spec = fromClause(tokens, i + 1);
        if (spec) addImport(spec);
      }
    } else if (t.value === "export" && (next?.value === "*" || next?.value === "{" || next?.value === "type")) {
      const spec = fromClause(tokens, i + 1);
      if (spec) addImport(spec);
    }
  }
  return { imports, hints };
}
function fromClause(tokens, index) {
  let depth2 = 0;
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) return void 0;
    if (t.kind === "op") {
      if (t.value === "{") depth2++;
      else if (t.value === "}") depth2--;
      else if (t.value !== "," && t.value !== "*") return void 0;
      continue;
    }
    if (t.kind === "string") return void 0;
    if (t.kind === "name" && t.value === "from" && depth2 === 0) {
      const spec = tokens[i + 1];
      return spec?.kind === "string" ? spec : void 0;
    }
    if (t.kind === "name" && depth2 === 0 && i > index && !CLAUSE_WORDS.has(t.value)) {
      const prev = tokens[i - 1];
      if (prev?.kind === "name" && !CLAUSE_WORDS.has(prev.value)) return void 0;
    }
  }
  return void 0;
}

// src/core/parse/sources/python.ts
var PYTHON_CALL_HINTS = [
  {
    id: "py.server-run",
    callees: [
      "uvicorn.run",
      "app.run",
      "application.run",
      "socketio.run",
      "web.run_app",
      "run_app",
      "serve_forever",
      "waitress.serve",
      "hypercorn.asyncio.serve",
      "websockets.serve",
      "wait_for_termination",
      "app.listen"
    ]
  },
  {
    id: "py.threading",
    callees: ["threading.Thread", "Thread", "ThreadPoolExecutor", "ThreadPool"]
  },
  {
    id: "py.multiprocessing",
    callees: [
      "multiprocessing.Pool",
      "mp.Pool",
      "multiprocessing.Process",
      "mp.Process",
      "ProcessPoolExecutor"
    ]
  },
  { id: "py.asyncio", callees: ["asyncio.run", "asyncio.gather", "asyncio.create_task"] },
  {
    id: "py.websocket-handler",
    callees: ["websockets.serve", "add_websocket_route", "WebSocketRoute"]
  },
  {
    id: "py.streaming-response",
    callees: [
      "StreamingResponse",
      "EventSourceResponse",
      "stream_with_context",
      "StreamingHttpResponse"
    ]
  }
];
var PYTHON_DECORATOR_HINTS = [
  {
    id: "py.websocket-handler",
    decorators: [
      "websocket",
      "websocket_route",
      "sock.route",
      "socketio.on",
      "socketio.event",
      "sio.on",
      "sio.event"
    ]
  }
];
var COMPOUND_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "elif",
  "else",
  "try",
  "except",
  "finally",
  "with",
  "for",
  "while",
  "def",
  "class",
  "async"
]);
var DEFINERS = /* @__PURE__ */ new Set(["def", "class"]);
function lexPython(text2, lines) {
  const tokens = tokenizePython(text2);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, line) => {
    const count3 = counts.get(id) ?? 0;
    if (count3 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count3 + 1);
    hints.push({ id, line, text: lines.textOf(line) });
  };
  const addImport = (module, line) => {
    imports.push({ module, line, text: lines.textOf(line) });
  };
  let statementStart = true;
  let lineHead;
  let depth2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "newline") {
      statementStart = true;
      lineHead = void 0;
      depth2 = 0;
      continue;
    }
    const atStart = statementStart;
    statementStart = false;
    if (atStart && lineHead === void 0) lineHead = t.value;
    if (t.kind === "op") {
      if ("([{".includes(t.value)) depth2++;
      else if (")]}".includes(t.value)) depth2 = Math.max(0, depth2 - 1);
      if (depth2 === 0 && (t.value === ";" || t.value === ":" && lineHead !== void 0 && COMPOUND_KEYWORDS.has(lineHead))) {
        statementStart = true;
      }
      if (t.value === "(") {
        const chain = chainBefore(tokens, i);
        if (chain !== "" && !DEFINERS.has(tokens[i - chain.split(".").length * 2]?.value ?? "")) {
          for (const rule of PYTHON_CALL_HINTS) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, t.line);
          }
        }
      }
      if (t.value === "@" && atStart) {
        const chain = dottedAt(tokens, i + 1);
        for (const rule of PYTHON_DECORATOR_HINTS) {
          if (rule.decorators.some((d) => chainMatches(chain, d))) hint(rule.id, t.line);
        }
      }
      continue;
    }
    if (t.kind !== "name" || !atStart) continue;
    if (t.value === "import") {
      i = importNames(tokens, i + 1, addImport) - 1;
    } else if (t.value === "from") {
      i = fromImport(tokens, i + 1, addImport) - 1;
    } else if (t.value === "async" && tokens[i + 1]?.value === "def") {
      hint("py.asyncio", t.line);
    } else if (t.value === "if" && isMainGuard(tokens, i + 1)) {
      hint("py.main-guard", t.line);
    }
  }
  return { imports, hints };
}
function dottedAt(tokens, index) {
  let out = "";
  for (let i = index; ; i += 2) {
    const t = tokens[i];
    if (t?.kind !== "name") return out;
    out = out === "" ? t.value : `${out}.${t.value}`;
    if (tokens[i + 1]?.value !== ".") return out;
  }
}
function importNames(tokens, index, add) {
  let i = index;
  for (; ; ) {
    const t = tokens[i];
    if (t?.kind !== "name") return i;
    const module = dottedAt(tokens, i);
    add(module, t.line);
    i += module.split(".").length * 2 - 1;
    if (tokens[i]?.value === "as") i += 2;
    if (tokens[i]?.value !== ",") return i;
    i++;
  }
}
function fromImport(tokens, index, add) {
  const first = tokens[index];
  if (first?.kind !== "name") return index;
  const module = dottedAt(tokens, index);
  const after = index + module.split(".").length * 2 - 1;
  if (tokens[after]?.value !== "import") return after;
  add(module, first.line);
  return after + 1;
}
function isMainGuard(tokens, index) {
  const [a, op, b, colon] = [tokens[index], tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (op?.value !== "==" || colon?.value !== ":") return false;
  const isName = (t) => t?.kind === "name" && t.value === "__name__";
  const isMain = (t) => t?.kind === "string" && t.value === "__main__";
  return isName(a) && isMain(b) || isMain(a) && isName(b);
}

// src/core/parse/sources/index.ts
var SOURCE_EXTENSIONS = [
  { extension: ".py", language: "python" },
  { extension: ".pyw", language: "python" },
  { extension: ".go", language: "go" },
  { extension: ".js", language: "javascript" },
  { extension: ".mjs", language: "javascript" },
  { extension: ".cjs", language: "javascript" },
  { extension: ".jsx", language: "javascript" },
  { extension: ".ts", language: "typescript" },
  { extension: ".mts", language: "typescript" },
  { extension: ".cts", language: "typescript" },
  { extension: ".tsx", language: "typescript" }
];
var DECLARATION_FILE = /\.d\.[mc]?ts$/i;
function sourceLanguageOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (DECLARATION_FILE.test(base)) return void 0;
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const extension = base.slice(dot);
  return SOURCE_EXTENSIONS.find((e) => e.extension === extension)?.language;
}
function lexSource(path, text2, language) {
  const facts = { path, language, generated: false, imports: [], hints: [] };
  try {
    facts.generated = isGenerated(text2);
    const lines = lineMap(text2);
    if (language === "python") {
      Object.assign(facts, lexPython(text2, lines));
    } else if (language === "go") {
      Object.assign(facts, lexGo(text2, lines));
    } else {
      Object.assign(facts, lexJs(text2, lines));
    }
  } catch {
  }
  return facts;
}

// src/core/context.ts
var MAX_MANIFEST_BYTES = 2 * 1024 * 1024;
var MAX_SOURCE_BYTES = 512 * 1024;
function createScanContext(view) {
  const manifests = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const diagnostics = [...view.diagnostics];
  const diagnose = (d) => {
    diagnostics.push(d);
  };
  const readText = (file, max, what) => {
    const result2 = view.read(file.path, max);
    if (!result2.ok) {
      if (result2.reason !== "missing") {
        diagnose({
          severity: "warning",
          code: result2.reason === "binary" ? "binary-file" : result2.reason,
          message: `${what} ${file.path} was not read: ${result2.message}`,
          path: file.path
        });
      }
      return void 0;
    }
    return result2.text;
  };
  return {
    view,
    diagnostics,
    diagnose,
    manifest(file) {
      if (manifests.has(file.path)) return manifests.get(file.path);
      let parsed;
      const type = manifestTypeOf(file.path);
      if (type) {
        if (file.size > MAX_MANIFEST_BYTES) {
          diagnose({
            severity: "warning",
            code: "file-too-large",
            message: `Manifest ${file.path} is ${file.size} bytes, above the ${MAX_MANIFEST_BYTES}-byte limit; it was not parsed`,
            path: file.path
          });
        } else {
          const text2 = readText(file, MAX_MANIFEST_BYTES, "Manifest");
          if (text2 !== void 0) {
            const result2 = parseManifest(file.path, text2, type);
            parsed = result2.manifest;
            for (const d of result2.diagnostics) diagnose(d);
          }
        }
      }
      manifests.set(file.path, parsed);
      return parsed;
    },
    source(file) {
      if (sources.has(file.path)) return sources.get(file.path);
      let facts;
      const language = sourceLanguageOf(file.path);
      if (language) {
        const text2 = readText(file, MAX_SOURCE_BYTES, "Source file");
        if (text2 !== void 0) facts = lexSource(file.path, text2, language);
      }
      sources.set(file.path, facts);
      return facts;
    }
  };
}

// src/core/1-discover/discover-services.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/core/2-classify/language-table.generated.ts
var EXTENSION_ENTRIES = [
  [".1", ["Roff", "Roff Manpage"]],
  [".1in", ["Roff", "Roff Manpage"]],
  [".1m", ["Roff", "Roff Manpage"]],
  [".1x", ["Roff", "Roff Manpage"]],
  [".2", ["Roff", "Roff Manpage"]],
  [".2da", ["2-Dimensional Array"]],
  [".3", ["Roff", "Roff Manpage"]],
  [".3in", ["Roff", "Roff Manpage"]],
  [".3m", ["Roff", "Roff Manpage"]],
  [".3p", ["Roff", "Roff Manpage"]],
  [".3pm", ["Roff", "Roff Manpage"]],
  [".3qt", ["Roff", "Roff Manpage"]],
  [".3x", ["Roff", "Roff Manpage"]],
  [".4", ["Roff", "Roff Manpage"]],
  [".4dform", ["JSON"]],
  [".4dm", ["4D"]],
  [".4dproject", ["JSON"]],
  [".4gl", ["Genero 4gl"]],
  [".4th", ["Forth"]],
  [".5", ["Roff", "Roff Manpage"]],
  [".6", ["Roff", "Roff Manpage"]],
  [".6pl", ["Raku"]],
  [".6pm", ["Raku"]],
  [".7", ["Roff", "Roff Manpage"]],
  [".8", ["Roff", "Roff Manpage"]],
  [".8xp", ["TI Program"]],
  [".8xp.txt", ["TI Program"]],
  [".9", ["Roff", "Roff Manpage"]],
  ["._coffee", ["CoffeeScript"]],
  ["._js", ["JavaScript"]],
  ["._ls", ["LiveScript"]],
  [".a51", ["Assembly"]],
  [".abap", ["ABAP"]],
  [".abnf", ["ABNF"]],
  [".action", ["ROS Interface"]],
  [".ada", ["Ada"]],
  [".adb", ["Ada"]],
  [".adml", ["XML"]],
  [".admx", ["XML"]],
  [".ado", ["Stata"]],
  [".adoc", ["AsciiDoc"]],
  [".adp", ["Tcl"]],
  [".ads", ["Ada"]],
  [".afm", ["Adobe Font Metrics"]],
  [".agc", ["Apollo Guidance Computer"]],
  [".agda", ["Agda"]],
  [".ah1", ["AutoHotkey"]],
  [".ah2", ["AutoHotkey"]],
  [".ahk", ["AutoHotkey"]],
  [".ahkl", ["AutoHotkey"]],
  [".aidl", ["AIDL"]],
  [".aj", ["AspectJ"]],
  [".ak", ["Aiken"]],
  [".al", ["AL", "Perl"]],
  [".aleo", ["Aleo"]],
  [".alg", ["ALGOL"]],
  [".als", ["Alloy"]],
  [".ampl", ["AMPL"]],
  [".angelscript", ["AngelScript"]],
  [".anim", ["Unity3D Asset"]],
  [".ant", ["XML"]],
  [".antlers.html", ["Antlers"]],
  [".antlers.php", ["Antlers"]],
  [".antlers.xml", ["Antlers"]],
  [".apacheconf", ["ApacheConf"]],
  [".apex", ["Apex"]],
  [".apib", ["API Blueprint"]],
  [".apl", ["APL"]],
  [".app", ["Erlang"]],
  [".app.src", ["Erlang"]],
  [".applescript", ["AppleScript"]],
  [".arc", ["Arc"]],
  [".arpa", ["DNS Zone"]],
  [".arr", ["Pyret"]],
  [".as", ["ActionScript", "AngelScript"]],
  [".asax", ["ASP.NET"]],
  [".asc", ["AGS Script", "AsciiDoc", "Public Key"]],
  [".asciidoc", ["AsciiDoc"]],
  [".ascx", ["ASP.NET"]],
  [".asd", ["Common Lisp"]],
  [".asddls", ["ABAP CDS"]],
  [".ash", ["AGS Script", "KoLmafia ASH"]],
  [".ashx", ["ASP.NET"]],
  [".asl", ["ASL"]],
  [".asm", ["Assembly", "Motorola 68K Assembly"]],
  [".asmx", ["ASP.NET"]],
  [".asn", ["ASN.1"]],
  [".asn1", ["ASN.1"]],
  [".asp", ["Classic ASP"]],
  [".aspx", ["ASP.NET"]],
  [".asset", ["Unity3D Asset"]],
  [".astro", ["Astro"]],
  [".asy", ["Asymptote", "LTspice Symbol"]],
  [".au3", ["AutoIt"]],
  [".aug", ["Augeas"]],
  [".auk", ["Awk"]],
  [".aux", ["TeX"]],
  [".avdl", ["Avro IDL"]],
  [".avsc", ["JSON"]],
  [".aw", ["PHP"]],
  [".awk", ["Awk"]],
  [".axaml", ["XML"]],
  [".axd", ["ASP.NET"]],
  [".axi", ["NetLinx"]],
  [".axi.erb", ["NetLinx+ERB"]],
  [".axml", ["XML"]],
  [".axs", ["NetLinx"]],
  [".axs.erb", ["NetLinx+ERB"]],
  [".b", ["B", "Brainfuck", "Limbo"]],
  [".bal", ["Ballerina"]],
  [".baml", ["BAML"]],
  [".bas", ["B4X", "BASIC", "FreeBASIC", "QuickBASIC", "VBA", "Visual Basic 6.0"]],
  [".bash", ["Shell"]],
  [".bat", ["Batchfile"]],
  [".bats", ["Shell"]],
  [".bb", ["BitBake", "BlitzBasic", "Clojure"]],
  [".bbappend", ["BitBake"]],
  [".bbclass", ["BitBake"]],
  [".bbcode", ["BBCode"]],
  [".bbx", ["TeX"]],
  [".bdf", ["Glyph Bitmap Distribution Format"]],
  [".bdy", ["PLSQL"]],
  [".be", ["Berry"]],
  [".befunge", ["Befunge"]],
  [".bf", ["Beef", "Befunge", "Brainfuck", "HyPhy"]],
  [".bi", ["FreeBASIC", "QuickBASIC"]],
  [".bib", ["BibTeX"]],
  [".bibtex", ["BibTeX"]],
  [".bicep", ["Bicep"]],
  [".bicepparam", ["Bicep"]],
  [".bison", ["Bison"]],
  [".blade", ["Blade"]],
  [".blade.php", ["Blade"]],
  [".blp", ["Blueprint"]],
  [".bmx", ["BlitzMax"]],
  [".bones", ["JavaScript"]],
  [".boo", ["Boo"]],
  [".boot", ["Clojure"]],
  [".bpl", ["Boogie"]],
  [".bqn", ["BQN"]],
  [".brd", ["Eagle", "KiCad Legacy Layout"]],
  [".bro", ["Zeek"]],
  [".brs", ["Brightscript"]],
  [".bru", ["Bru"]],
  [".bs", ["Bikeshed", "Bluespec BH", "BrighterScript"]],
  [".bsl", ["1C Enterprise"]],
  [".bst", ["BibTeX Style", "BuildStream"]],
  [".bsv", ["Bluespec"]],
  [".builder", ["Ruby"]],
  [".builds", ["XML"]],
  [".bzl", ["Starlark"]],
  [".c", ["C"]],
  [".c++", ["C++"]],
  [".c++-objdump", ["Cpp-ObjDump"]],
  [".c++objdump", ["Cpp-ObjDump"]],
  [".c-objdump", ["C-ObjDump"]],
  [".c3", ["C3"]],
  [".cabal", ["Cabal Config"]],
  [".caddyfile", ["Caddyfile"]],
  [".cairo", ["Cairo", "Cairo Zero"]],
  [".cake", ["C#", "CoffeeScript"]],
  [".capnp", ["Cap'n Proto"]],
  [".carbon", ["Carbon"]],
  [".cats", ["C"]],
  [".cbl", ["COBOL"]],
  [".cbx", ["TeX"]],
  [".cc", ["C++"]],
  [".ccp", ["COBOL"]],
  [".ccproj", ["XML"]],
  [".ccxml", ["XML"]],
  [".cdc", ["Cadence"]],
  [".cdf", ["Wolfram Language"]],
  [".cds", ["CAP CDS"]],
  [".ceylon", ["Ceylon"]],
  [".cfc", ["ColdFusion CFC"]],
  [".cfg", ["HAProxy", "INI"]],
  [".cfm", ["ColdFusion"]],
  [".cfml", ["ColdFusion"]],
  [".cgi", ["Perl", "Python", "Shell"]],
  [".cginc", ["HLSL"]],
  [".ch", ["Charity", "xBase"]],
  [".chem", ["Pic"]],
  [".chpl", ["Chapel"]],
  [".chs", ["C2hs Haskell"]],
  [".cil", ["CIL"]],
  [".circom", ["Circom"]],
  [".cirru", ["Cirru"]],
  [".cj", ["Cangjie"]],
  [".cjs", ["JavaScript"]],
  [".cjsx", ["CoffeeScript"]],
  [".ck", ["ChucK"]],
  [".cl", ["Common Lisp", "Cool", "OpenCL"]],
  [".cl2", ["Clojure"]],
  [".clar", ["Clarity"]],
  [".click", ["Click"]],
  [".clixml", ["XML"]],
  [".clj", ["Clojure"]],
  [".cljc", ["Clojure"]],
  [".cljs", ["Clojure"]],
  [".cljs.hl", ["Clojure"]],
  [".cljscm", ["Clojure"]],
  [".cljx", ["Clojure"]],
  [".clp", ["CLIPS"]],
  [".cls", ["Apex", "ObjectScript", "OpenEdge ABL", "TeX", "VBA", "Visual Basic 6.0"]],
  [".clue", ["Clue"]],
  [".clw", ["Clarion"]],
  [".cmake", ["CMake"]],
  [".cmake.in", ["CMake"]],
  [".cmd", ["Batchfile"]],
  [".cmp", ["Gerber Image"]],
  [".cnc", ["G-code"]],
  [".cnf", ["INI"]],
  [".cob", ["COBOL"]],
  [".cobol", ["COBOL"]],
  [".cocci", ["SmPL"]],
  [".code-snippets", ["JSON with Comments"]],
  [".code-workspace", ["JSON with Comments"]],
  [".coffee", ["CoffeeScript"]],
  [".coffee.erb", ["CoffeeScript"]],
  [".coffee.md", ["Literate CoffeeScript"]],
  [".com", ["DIGITAL Command Language"]],
  [".command", ["Shell"]],
  [".conll", ["CoNLL-U"]],
  [".conllu", ["CoNLL-U"]],
  [".container", ["INI"]],
  [".containerfile", ["Dockerfile"]],
  [".cook", ["Cooklang"]],
  [".coq", ["Rocq Prover"]],
  [".cp", ["C++", "Component Pascal"]],
  [".cpp", ["C++"]],
  [".cpp-objdump", ["Cpp-ObjDump"]],
  [".cppm", ["C++"]],
  [".cppobjdump", ["Cpp-ObjDump"]],
  [".cproject", ["XML"]],
  [".cps", ["Component Pascal"]],
  [".cpy", ["COBOL"]],
  [".cql", ["CQL"]],
  [".cr", ["Crystal"]],
  [".crc32", ["Checksums"]],
  [".creole", ["Creole"]],
  [".cs", ["C#", "Smalltalk"]],
  [".cs.pp", ["C#"]],
  [".csc", ["GSC"]],
  [".cscfg", ["XML"]],
  [".csd", ["Csound Document"]],
  [".csdef", ["XML"]],
  [".csh", ["Tcsh"]],
  [".cshtml", ["HTML+Razor"]],
  [".csl", ["Kusto", "XML"]],
  [".cson", ["CSON"]],
  [".csproj", ["XML"]],
  [".css", ["CSS"]],
  [".csv", ["CSV"]],
  [".csx", ["C#"]],
  [".ct", ["XML"]],
  [".ctl", ["Visual Basic 6.0"]],
  [".ctp", ["PHP"]],
  [".cts", ["TypeScript"]],
  [".cu", ["Cuda"]],
  [".cue", ["CUE", "Cue Sheet"]],
  [".cuh", ["Cuda"]],
  [".curry", ["Curry"]],
  [".cw", ["Redcode"]],
  [".cwl", ["Common Workflow Language"]],
  [".cxx", ["C++"]],
  [".cxx-objdump", ["Cpp-ObjDump"]],
  [".cy", ["Cycript"]],
  [".cylc", ["Cylc"]],
  [".cyp", ["Cypher"]],
  [".cypher", ["Cypher"]],
  [".d", ["D", "DTrace", "Makefile"]],
  [".d-objdump", ["D-ObjDump"]],
  [".d2", ["D2"]],
  [".dae", ["COLLADA"]],
  [".darcspatch", ["Darcs Patch"]],
  [".dart", ["Dart"]],
  [".das", ["Daslang"]],
  [".dats", ["ATS"]],
  [".db2", ["SQLPL"]],
  [".dcl", ["Clean"]],
  [".ddl", ["PLSQL", "SQL"]],
  [".decls", ["BlitzBasic"]],
  [".depproj", ["XML"]],
  [".desktop", ["desktop"]],
  [".desktop.in", ["desktop"]],
  [".dfm", ["Pascal"]],
  [".dfy", ["Dafny"]],
  [".dhall", ["Dhall"]],
  [".di", ["D"]],
  [".diff", ["Diff"]],
  [".dircolors", ["dircolors"]],
  [".dita", ["XML"]],
  [".ditamap", ["XML"]],
  [".ditaval", ["XML"]],
  [".djs", ["Dogescript"]],
  [".dll.config", ["XML"]],
  [".dlm", ["IDL"]],
  [".dm", ["DM"]],
  [".do", ["Stata"]],
  [".dockerfile", ["Dockerfile"]],
  [".dof", ["INI"]],
  [".doh", ["Stata"]],
  [".dot", ["Graphviz (DOT)"]],
  [".dotsettings", ["XML"]],
  [".dpatch", ["Darcs Patch"]],
  [".dpr", ["Pascal"]],
  [".druby", ["Mirah"]],
  [".dsc", ["Debian Package Control File", "DenizenScript"]],
  [".dsl", ["ASL"]],
  [".dsp", ["Faust", "Microsoft Developer Studio Project"]],
  [".dsr", ["Visual Basic 6.0"]],
  [".dtx", ["TeX"]],
  [".duby", ["Mirah"]],
  [".dwl", ["DataWeave"]],
  [".dyalog", ["APL"]],
  [".dyl", ["Dylan"]],
  [".dylan", ["Dylan"]],
  [".dzn", ["MiniZinc Data"]],
  [".e", ["E", "Eiffel", "Euphoria"]],
  [".eam.fs", ["Formatted"]],
  [".eb", ["Easybuild"]],
  [".ebnf", ["EBNF"]],
  [".ebuild", ["Gentoo Ebuild"]],
  [".ec", ["eC"]],
  [".ecl", ["ECL", "ECLiPSe"]],
  [".eclass", ["Gentoo Eclass"]],
  [".eclxml", ["ECL"]],
  [".ecr", ["HTML+ECR"]],
  [".ect", ["EJS"]],
  [".edc", ["Edje Data Collection"]],
  [".edge", ["Edge"]],
  [".edgeql", ["EdgeQL"]],
  [".editorconfig", ["EditorConfig"]],
  [".edn", ["edn"]],
  [".eh", ["eC"]],
  [".ejs", ["EJS"]],
  [".ejs.t", ["EJS"]],
  [".el", ["Emacs Lisp"]],
  [".eliom", ["OCaml"]],
  [".eliomi", ["OCaml"]],
  [".elm", ["Elm"]],
  [".elv", ["Elvish"]],
  [".em", ["EmberScript"]],
  [".emacs", ["Emacs Lisp"]],
  [".emacs.desktop", ["Emacs Lisp"]],
  [".emberscript", ["EmberScript"]],
  [".eml", ["E-mail"]],
  [".env", ["Dotenv"]],
  [".epj", ["Ecere Projects"]],
  [".eps", ["PostScript"]],
  [".epsi", ["PostScript"]],
  [".eq", ["EQ"]],
  [".erb", ["HTML+ERB"]],
  [".erb.deface", ["HTML+ERB"]],
  [".erl", ["Erlang"]],
  [".es", ["Erlang", "JavaScript"]],
  [".es6", ["JavaScript"]],
  [".escript", ["Erlang"]],
  [".esdl", ["EdgeQL"]],
  [".ex", ["Elixir", "Euphoria"]],
  [".exs", ["Elixir"]],
  [".eye", ["Ruby"]],
  [".f", ["Filebench WML", "Forth", "Fortran"]],
  [".f03", ["Fortran Free Form"]],
  [".f08", ["Fortran Free Form"]],
  [".f77", ["Fortran"]],
  [".f90", ["Fortran Free Form"]],
  [".f95", ["Fortran Free Form"]],
  [".factor", ["Factor"]],
  [".fan", ["Fantom"]],
  [".fancypack", ["Fancy"]],
  [".fbs", ["FlatBuffers"]],
  [".fcgi", ["Lua", "PHP", "Perl", "Python", "Ruby", "Shell"]],
  [".fea", ["OpenType Feature File"]],
  [".feature", ["Gherkin"]],
  [".filters", ["XML"]],
  [".fir", ["FIRRTL"]],
  [".fish", ["fish"]],
  [".flex", ["JFlex"]],
  [".flf", ["FIGlet Font"]],
  [".flix", ["Flix"]],
  [".flux", ["FLUX"]],
  [".fnc", ["PLSQL"]],
  [".fnl", ["Fennel"]],
  [".for", ["Formatted", "Forth", "Fortran"]],
  [".forth", ["Forth"]],
  [".fp", ["GLSL"]],
  [".fpp", ["FPP", "Fortran"]],
  [".fppi", ["FPP"]],
  [".fr", ["Forth", "Frege", "Text"]],
  [".frag", ["GLSL", "JavaScript"]],
  [".frg", ["GLSL"]],
  [".frm", ["INI", "VBA", "Visual Basic 6.0"]],
  [".frt", ["Forth"]],
  [".fs", ["F#", "Filterscript", "Forth", "GLSL"]],
  [".fsh", ["GLSL"]],
  [".fshader", ["GLSL"]],
  [".fsi", ["F#"]],
  [".fsproj", ["XML"]],
  [".fst", ["F*"]],
  [".fsti", ["F*"]],
  [".fsx", ["F#"]],
  [".fth", ["Forth"]],
  [".ftl", ["Fluent", "FreeMarker"]],
  [".ftlh", ["FreeMarker"]],
  [".fun", ["Standard ML"]],
  [".fut", ["Futhark"]],
  [".fx", ["FLUX", "HLSL"]],
  [".fxh", ["HLSL"]],
  [".fxml", ["XML"]],
  [".fy", ["Fancy"]],
  [".g", ["G-code", "GAP"]],
  [".g4", ["ANTLR"]],
  [".gaml", ["GAML"]],
  [".gap", ["GAP"]],
  [".gawk", ["Awk"]],
  [".gbl", ["Gerber Image"]],
  [".gbo", ["Gerber Image"]],
  [".gbp", ["Gerber Image"]],
  [".gbr", ["Gerber Image"]],
  [".gbs", ["Gerber Image"]],
  [".gco", ["G-code"]],
  [".gcode", ["G-code"]],
  [".gd", ["GAP", "GDScript"]],
  [".gdb", ["GDB"]],
  [".gdbinit", ["GDB"]],
  [".gdnlib", ["Godot Resource"]],
  [".gdns", ["Godot Resource"]],
  [".gdshader", ["GDShader"]],
  [".gdshaderinc", ["GDShader"]],
  [".ged", ["GEDCOM"]],
  [".gemspec", ["Ruby"]],
  [".geo", ["GLSL"]],
  [".geojson", ["JSON"]],
  [".geom", ["GLSL"]],
  [".gf", ["Grammatical Framework"]],
  [".gi", ["GAP"]],
  [".gitconfig", ["Git Config"]],
  [".gitignore", ["Ignore List"]],
  [".gjs", ["Glimmer JS"]],
  [".gko", ["Gerber Image"]],
  [".glade", ["XML"]],
  [".gleam", ["Gleam"]],
  [".glf", ["Glyph"]],
  [".glsl", ["GLSL"]],
  [".glslf", ["GLSL"]],
  [".glslv", ["GLSL"]],
  [".gltf", ["JSON"]],
  [".glyphs", ["OpenStep Property List"]],
  [".gmi", ["Gemini"]],
  [".gml", ["Game Maker Language", "Gerber Image", "Graph Modeling Language", "XML"]],
  [".gms", ["GAMS"]],
  [".gmx", ["XML"]],
  [".gn", ["GN"]],
  [".gni", ["GN"]],
  [".gno", ["Gno"]],
  [".gnu", ["Gnuplot"]],
  [".gnuplot", ["Gnuplot"]],
  [".go", ["Go"]],
  [".god", ["Ruby"]],
  [".gohtml", ["Go Template"]],
  [".golo", ["Golo"]],
  [".gotmpl", ["Go Template"]],
  [".gp", ["Gnuplot"]],
  [".gpb", ["Gerber Image"]],
  [".gpt", ["Gerber Image"]],
  [".gpx", ["XML"]],
  [".gql", ["GraphQL"]],
  [".grace", ["Grace"]],
  [".gradle", ["Gradle"]],
  [".gradle.kts", ["Gradle Kotlin DSL"]],
  [".graphql", ["GraphQL"]],
  [".graphqls", ["GraphQL"]],
  [".groovy", ["Groovy"]],
  [".grt", ["Groovy"]],
  [".grxml", ["XML"]],
  [".gs", ["GLSL", "Genie", "Gosu", "JavaScript"]],
  [".gsc", ["GSC"]],
  [".gsh", ["GSC"]],
  [".gshader", ["GLSL"]],
  [".gsp", ["Groovy Server Pages"]],
  [".gst", ["Gosu", "XML"]],
  [".gsx", ["Gosu"]],
  [".gtkrc", ["GtkRC"]],
  [".gtl", ["Gerber Image"]],
  [".gto", ["Gerber Image"]],
  [".gtp", ["Gerber Image"]],
  [".gtpl", ["Groovy"]],
  [".gts", ["Gerber Image", "Glimmer TS"]],
  [".gv", ["Graphviz (DOT)"]],
  [".gvy", ["Groovy"]],
  [".gyp", ["Python"]],
  [".gypi", ["Python"]],
  [".h", ["C", "C++", "Objective-C"]],
  [".h++", ["C++"]],
  [".h.in", ["C"]],
  [".ha", ["Hare"]],
  [".hack", ["Hack"]],
  [".haml", ["Haml"]],
  [".haml.deface", ["Haml"]],
  [".handlebars", ["Handlebars"]],
  [".har", ["JSON"]],
  [".hats", ["ATS"]],
  [".hb", ["Harbour"]],
  [".hbs", ["Handlebars"]],
  [".hc", ["HolyC"]],
  [".hcl", ["HCL"]],
  [".heex", ["HTML+EEX"]],
  [".hexpat", ["ImHex Pattern Language"]],
  [".hh", ["C++", "Hack"]],
  [".hhi", ["Hack"]],
  [".hic", ["Clojure"]],
  [".hip", ["HIP"]],
  [".hlean", ["Lean"]],
  [".hlsl", ["HLSL"]],
  [".hlsli", ["HLSL"]],
  [".hocon", ["HOCON"]],
  [".hoon", ["hoon"]],
  [".hpp", ["C++"]],
  [".hqf", ["SQF"]],
  [".hql", ["HiveQL"]],
  [".hrl", ["Erlang"]],
  [".hs", ["Haskell"]],
  [".hs-boot", ["Haskell"]],
  [".hsc", ["Haskell"]],
  [".hta", ["HTML"]],
  [".htm", ["HTML"]],
  [".html", ["Ecmarkup", "HTML"]],
  [".html.eex", ["HTML+EEX"]],
  [".html.hl", ["HTML"]],
  [".html.tmpl", ["Go Template"]],
  [".http", ["HTTP"]],
  [".hujson", ["JSON with Comments"]],
  [".hurl", ["Hurl"]],
  [".hx", ["Haxe"]],
  [".hxml", ["HXML"]],
  [".hxsl", ["Haxe"]],
  [".hxx", ["C++"]],
  [".hy", ["Hy"]],
  [".hzp", ["XML"]],
  [".i", ["Assembly", "Motorola 68K Assembly", "SWIG"]],
  [".i3", ["Modula-3"]],
  [".i7x", ["Inform 7"]],
  [".ical", ["iCalendar"]],
  [".ice", ["JSON", "Slice"]],
  [".iced", ["CoffeeScript"]],
  [".icl", ["Clean"]],
  [".icls", ["XML"]],
  [".ics", ["iCalendar"]],
  [".idc", ["C"]],
  [".idr", ["Idris"]],
  [".ig", ["Modula-3"]],
  [".ihlp", ["Stata"]],
  [".ijm", ["ImageJ Macro"]],
  [".ijs", ["J"]],
  [".ik", ["Ioke"]],
  [".il", ["IL Assembly"]],
  [".ily", ["LilyPond"]],
  [".imba", ["Imba"]],
  [".iml", ["XML"]],
  [".inc", ["Assembly", "BitBake", "C++", "HTML", "Motorola 68K Assembly", "NASL", "PHP", "POV-Ray SDL", "Pascal", "Pawn", "SQL", "SourcePawn"]],
  [".ini", ["INI"]],
  [".ink", ["Ink"]],
  [".inl", ["C++"]],
  [".ino", ["C++"]],
  [".ins", ["TeX"]],
  [".intr", ["Dylan"]],
  [".io", ["Io"]],
  [".iol", ["Jolie"]],
  [".ipf", ["IGOR Pro"]],
  [".ipp", ["C++"]],
  [".ipynb", ["Jupyter Notebook"]],
  [".irclog", ["IRC log"]],
  [".isl", ["Inno Setup"]],
  [".ispc", ["ISPC"]],
  [".iss", ["Inno Setup"]],
  [".iuml", ["PlantUML"]],
  [".ivy", ["XML"]],
  [".ixx", ["C++"]],
  [".j", ["JASS", "Jasmin", "Objective-J"]],
  [".j2", ["Jinja"]],
  [".jac", ["Jac"]],
  [".jade", ["Pug"]],
  [".jai", ["Jai"]],
  [".jake", ["JavaScript"]],
  [".janet", ["Janet"]],
  [".jav", ["Java"]],
  [".java", ["Java"]],
  [".javascript", ["JavaScript"]],
  [".jbuilder", ["Ruby"]],
  [".jcl", ["JCL"]],
  [".jelly", ["XML"]],
  [".jflex", ["JFlex"]],
  [".jinja", ["Jinja"]],
  [".jinja2", ["Jinja"]],
  [".jison", ["Jison"]],
  [".jisonlex", ["Jison Lex"]],
  [".jl", ["Julia"]],
  [".jq", ["JSONiq", "jq"]],
  [".js", ["JavaScript"]],
  [".js.erb", ["JavaScript+ERB"]],
  [".jsb", ["JavaScript"]],
  [".jscad", ["JavaScript"]],
  [".jsfl", ["JavaScript"]],
  [".jsh", ["Java"]],
  [".jslib", ["JavaScript"]],
  [".jsm", ["JavaScript"]],
  [".json", ["JSON", "OASv2-json", "OASv3-json"]],
  [".json-tmlanguage", ["JSON"]],
  [".json.example", ["JSON"]],
  [".json5", ["JSON5"]],
  [".jsonc", ["JSON with Comments"]],
  [".jsonl", ["JSON"]],
  [".jsonld", ["JSONLD"]],
  [".jsonnet", ["Jsonnet"]],
  [".jsp", ["Java Server Pages"]],
  [".jspre", ["JavaScript"]],
  [".jsproj", ["XML"]],
  [".jss", ["JavaScript"]],
  [".jst", ["EJS"]],
  [".jsx", ["JavaScript"]],
  [".jte", ["Java Template Engine"]],
  [".just", ["Just"]],
  [".k", ["KCL", "KFramework"]],
  [".kak", ["KakouneScript"]],
  [".kdl", ["KDL"]],
  [".kicad_mod", ["KiCad Layout"]],
  [".kicad_pcb", ["KiCad Layout"]],
  [".kicad_sch", ["KiCad Schematic"]],
  [".kicad_sym", ["KiCad Schematic"]],
  [".kicad_wks", ["KiCad Layout"]],
  [".kid", ["Genshi"]],
  [".kit", ["Kit"]],
  [".kk", ["Koka"]],
  [".kml", ["XML"]],
  [".kojo", ["Scala"]],
  [".kql", ["Kusto"]],
  [".krl", ["KRL"]],
  [".ks", ["KerboScript", "Kickstart"]],
  [".ksh", ["Shell"]],
  [".ksy", ["Kaitai Struct"]],
  [".kt", ["Kotlin"]],
  [".ktm", ["Kotlin"]],
  [".kts", ["Kotlin"]],
  [".kv", ["kvlang"]],
  [".l", ["Common Lisp", "Lex", "PicoLisp", "Roff"]],
  [".lagda", ["Literate Agda"]],
  [".langium", ["Langium"]],
  [".lark", ["Lark"]],
  [".las", ["Lasso"]],
  [".lasso", ["Lasso"]],
  [".lasso8", ["Lasso"]],
  [".lasso9", ["Lasso"]],
  [".latte", ["Latte"]],
  [".launch", ["XML"]],
  [".lbx", ["TeX"]],
  [".ld", ["Linker Script"]],
  [".lds", ["Linker Script"]],
  [".lean", ["Lean", "Lean 4"]],
  [".leex", ["HTML+EEX"]],
  [".lektorproject", ["INI"]],
  [".leo", ["Leo"]],
  [".less", ["Less"]],
  [".lex", ["Lex"]],
  [".lfe", ["LFE"]],
  [".lgt", ["Logtalk"]],
  [".lhs", ["Literate Haskell"]],
  [".libsonnet", ["Jsonnet"]],
  [".lid", ["Dylan"]],
  [".lidr", ["Idris"]],
  [".ligo", ["LigoLANG"]],
  [".linq", ["C#"]],
  [".liq", ["Liquidsoap"]],
  [".liquid", ["Liquid"]],
  [".lisp", ["Common Lisp", "NewLisp"]],
  [".litcoffee", ["Literate CoffeeScript"]],
  [".livecodescript", ["LiveCode Script"]],
  [".livemd", ["Markdown"]],
  [".lkml", ["LookML"]],
  [".ll", ["LLVM"]],
  [".lmi", ["Python"]],
  [".lobster", ["Lobster"]],
  [".logtalk", ["Logtalk"]],
  [".lol", ["LOLCODE"]],
  [".lookml", ["LookML"]],
  [".lp", ["Answer Set Programming", "Lambdapi", "Linear Programming"]],
  [".lpr", ["Pascal"]],
  [".ls", ["LiveScript", "LoomScript"]],
  [".lsl", ["LSL"]],
  [".lslp", ["LSL"]],
  [".lsp", ["Common Lisp", "NewLisp"]],
  [".ltx", ["TeX"]],
  [".lua", ["Lua"]],
  [".luau", ["Luau"]],
  [".lvclass", ["LabVIEW"]],
  [".lvlib", ["LabVIEW"]],
  [".lvproj", ["LabVIEW"]],
  [".ly", ["LilyPond"]],
  [".m", ["Limbo", "M", "MATLAB", "MUF", "Mercury", "Objective-C", "Wolfram Language"]],
  [".m2", ["Macaulay2"]],
  [".m3", ["Modula-3"]],
  [".m3u", ["M3U"]],
  [".m3u8", ["M3U"]],
  [".m4", ["M4", "M4Sugar"]],
  [".ma", ["Wolfram Language"]],
  [".mak", ["Makefile"]],
  [".make", ["Makefile"]],
  [".makefile", ["Makefile"]],
  [".mako", ["Mako"]],
  [".man", ["Roff", "Roff Manpage"]],
  [".mao", ["Mako"]],
  [".markdown", ["Markdown"]],
  [".marko", ["Marko"]],
  [".mask", ["Mask", "Unity3D Asset"]],
  [".mat", ["Unity3D Asset"]],
  [".mata", ["Stata"]],
  [".matah", ["Stata"]],
  [".mathematica", ["Wolfram Language"]],
  [".matlab", ["MATLAB"]],
  [".mawk", ["Awk"]],
  [".maxhelp", ["Max"]],
  [".maxpat", ["Max"]],
  [".maxproj", ["Max"]],
  [".mbox", ["E-mail"]],
  [".mbt", ["MoonBit"]],
  [".mc", ["M4", "Monkey C", "Win32 Message File"]],
  [".mcfunction", ["mcfunction"]],
  [".mch", ["B (Formal Method)"]],
  [".mcmeta", ["JSON"]],
  [".mcr", ["MAXScript"]],
  [".md", ["GCC Machine Description", "Markdown"]],
  [".md2", ["Checksums"]],
  [".md4", ["Checksums"]],
  [".md5", ["Checksums"]],
  [".mdoc", ["Roff", "Roff Manpage"]],
  [".mdown", ["Markdown"]],
  [".mdpolicy", ["XML"]],
  [".mdwn", ["Markdown"]],
  [".mdx", ["MDX"]],
  [".me", ["Roff"]],
  [".mediawiki", ["Wikitext"]],
  [".mermaid", ["Mermaid"]],
  [".meta", ["Unity3D Asset"]],
  [".meta4", ["XML"]],
  [".metal", ["Metal"]],
  [".metta", ["MeTTa"]],
  [".mg", ["Modula-3"]],
  [".minid", ["MiniD"]],
  [".mint", ["Mint"]],
  [".mir", ["YAML"]],
  [".mirah", ["Mirah"]],
  [".mjml", ["XML"]],
  [".mjs", ["JavaScript"]],
  [".mk", ["Makefile"]],
  [".mkd", ["Markdown"]],
  [".mkdn", ["Markdown"]],
  [".mkdown", ["Markdown"]],
  [".mkfile", ["Makefile"]],
  [".mkii", ["TeX"]],
  [".mkiv", ["TeX"]],
  [".mkvi", ["TeX"]],
  [".ml", ["OCaml", "Standard ML"]],
  [".ml4", ["OCaml"]],
  [".mli", ["OCaml"]],
  [".mligo", ["CameLIGO"]],
  [".mlir", ["MLIR"]],
  [".mll", ["OCaml"]],
  [".mly", ["OCaml"]],
  [".mm", ["Objective-C++", "XML"]],
  [".mmd", ["Mermaid"]],
  [".mmk", ["Module Management System"]],
  [".mms", ["Module Management System"]],
  [".mo", ["Modelica", "Motoko"]],
  [".mod", ["AMPL", "Linux Kernel Module", "Modula-2", "NMODL", "XML"]],
  [".mojo", ["Mojo", "XML"]],
  [".monkey", ["Monkey"]],
  [".monkey2", ["Monkey"]],
  [".moo", ["Mercury", "Moocode"]],
  [".moon", ["MoonScript"]],
  [".mount", ["INI"]],
  [".move", ["Move"]],
  [".mpl", ["JetBrains MPS"]],
  [".mps", ["JetBrains MPS", "Mathematical Programming System"]],
  [".mq4", ["MQL4"]],
  [".mq5", ["MQL5"]],
  [".mqh", ["MQL4", "MQL5"]],
  [".mrc", ["mIRC Script"]],
  [".ms", ["MAXScript", "MiniScript", "Roff", "Unix Assembly"]],
  [".msd", ["JetBrains MPS"]],
  [".msg", ["OMNeT++ MSG", "ROS Interface"]],
  [".mspec", ["Ruby"]],
  [".mss", ["CartoCSS"]],
  [".mt", ["Wolfram Language"]],
  [".mtl", ["Wavefront Material"]],
  [".mtml", ["MTML"]],
  [".mts", ["TypeScript"]],
  [".mu", ["mupad"]],
  [".mud", ["ZIL"]],
  [".muf", ["MUF"]],
  [".mumps", ["M"]],
  [".muse", ["Muse"]],
  [".mustache", ["Mustache"]],
  [".mxml", ["XML"]],
  [".mxt", ["Max"]],
  [".mysql", ["SQL"]],
  [".myt", ["Myghty"]],
  [".mzn", ["MiniZinc"]],
  [".n", ["Nemerle", "Roff"]],
  [".nanorc", ["nanorc"]],
  [".nas", ["Assembly", "Nasal"]],
  [".nasl", ["NASL"]],
  [".nasm", ["Assembly"]],
  [".natvis", ["XML"]],
  [".nawk", ["Awk"]],
  [".nb", ["Text", "Wolfram Language"]],
  [".nbp", ["Wolfram Language"]],
  [".nc", ["nesC"]],
  [".ncl", ["Gerber Image", "NCL", "Nickel", "Text", "XML"]],
  [".ndproj", ["XML"]],
  [".ne", ["Nearley"]],
  [".nearley", ["Nearley"]],
  [".ned", ["OMNeT++ NED"]],
  [".neon", ["NEON"]],
  [".network", ["INI"]],
  [".nf", ["Nextflow"]],
  [".nginx", ["Nginx"]],
  [".nginxconf", ["Nginx"]],
  [".ni", ["Inform 7"]],
  [".nim", ["Nim"]],
  [".nim.cfg", ["Nim"]],
  [".nimble", ["Nim"]],
  [".nimrod", ["Nim"]],
  [".nims", ["Nim"]],
  [".ninja", ["Ninja"]],
  [".nit", ["Nit"]],
  [".nix", ["Nix"]],
  [".njk", ["Nunjucks"]],
  [".njs", ["JavaScript"]],
  [".nl", ["NL", "NewLisp"]],
  [".nlogo", ["NetLogo"]],
  [".no", ["Text"]],
  [".nomad", ["HCL"]],
  [".nproj", ["XML"]],
  [".nqp", ["Raku"]],
  [".nr", ["Noir", "Roff"]],
  [".nse", ["Lua"]],
  [".nsh", ["NSIS"]],
  [".nsi", ["NSIS"]],
  [".nss", ["NWScript"]],
  [".nu", ["Nu", "Nushell"]],
  [".numpy", ["NumPy"]],
  [".numpyw", ["NumPy"]],
  [".numsc", ["NumPy"]],
  [".nuspec", ["XML"]],
  [".nut", ["Squirrel"]],
  [".ny", ["Common Lisp"]],
  [".ob2", ["Oberon"]],
  [".obj", ["Wavefront Object"]],
  [".objdump", ["ObjDump"]],
  [".odd", ["XML"]],
  [".odin", ["Object Data Instance Notation", "Odin"]],
  [".ol", ["Jolie"]],
  [".omgrofl", ["Omgrofl"]],
  [".ooc", ["ooc"]],
  [".opa", ["Opa"]],
  [".opal", ["Opal"]],
  [".opencl", ["OpenCL"]],
  [".opy", ["OverPy"]],
  [".orc", ["Csound"]],
  [".org", ["Org"]],
  [".os", ["1C Enterprise"]],
  [".osm", ["XML"]],
  [".outjob", ["Altium Designer"]],
  [".overpassql", ["OverpassQL"]],
  [".owl", ["Web Ontology Language"]],
  [".ox", ["Ox"]],
  [".oxh", ["Ox"]],
  [".oxo", ["Ox"]],
  [".oxygene", ["Oxygene"]],
  [".oz", ["Oz"]],
  [".p", ["Gnuplot", "OpenEdge ABL"]],
  [".p4", ["P4"]],
  [".p6", ["Raku"]],
  [".p6l", ["Raku"]],
  [".p6m", ["Raku"]],
  [".p8", ["Lua"]],
  [".pac", ["JavaScript"]],
  [".pacscript", ["Shell"]],
  [".pact", ["Pact"]],
  [".pan", ["Pan"]],
  [".parrot", ["Parrot"]],
  [".pas", ["Pascal"]],
  [".pascal", ["Pascal"]],
  [".pasm", ["Parrot Assembly"]],
  [".pat", ["Max"]],
  [".patch", ["Diff"]],
  [".pb", ["PureBasic"]],
  [".pbi", ["PureBasic"]],
  [".pbt", ["PowerBuilder", "Protocol Buffer Text Format"]],
  [".pbtxt", ["Protocol Buffer Text Format"]],
  [".pc", ["Pro*C", "pkg-config"]],
  [".pc.in", ["pkg-config"]],
  [".pcbdoc", ["Altium Designer"]],
  [".pck", ["PLSQL"]],
  [".pcss", ["PostCSS"]],
  [".pd", ["Pure Data"]],
  [".pd_lua", ["Lua"]],
  [".pddl", ["PDDL"]],
  [".pde", ["Processing"]],
  [".peggy", ["PEG.js"]],
  [".pegjs", ["PEG.js"]],
  [".pep", ["Pep8"]],
  [".per", ["Genero per"]],
  [".perl", ["Perl"]],
  [".pfa", ["PostScript"]],
  [".pgsql", ["PLpgSQL"]],
  [".ph", ["Perl"]],
  [".php", ["Hack", "PHP"]],
  [".php3", ["PHP"]],
  [".php4", ["PHP"]],
  [".php5", ["PHP"]],
  [".phps", ["PHP"]],
  [".phpt", ["PHP"]],
  [".phtml", ["HTML+PHP"]],
  [".pic", ["Pic"]],
  [".pig", ["PigLatin"]],
  [".pike", ["Pike"]],
  [".pir", ["Parrot Internal Representation"]],
  [".pkb", ["PLSQL"]],
  [".pkgproj", ["XML"]],
  [".pkl", ["Pickle", "Pkl"]],
  [".pks", ["PLSQL"]],
  [".pl", ["Perl", "Prolog", "Raku"]],
  [".pl6", ["Raku"]],
  [".plantuml", ["PlantUML"]],
  [".plb", ["PLSQL"]],
  [".plist", ["OpenStep Property List", "XML Property List"]],
  [".plot", ["Gnuplot"]],
  [".pls", ["PLSQL"]],
  [".plsql", ["PLSQL"]],
  [".plt", ["Gnuplot", "Prolog"]],
  [".pluginspec", ["Ruby", "XML"]],
  [".plx", ["Perl"]],
  [".pm", ["Perl", "Raku", "X PixMap"]],
  [".pm6", ["Raku"]],
  [".pml", ["Promela"]],
  [".pmod", ["Pike"]],
  [".po", ["Gettext Catalog"]],
  [".pod", ["Pod", "Pod 6"]],
  [".pod6", ["Pod 6"]],
  [".podsl", ["Common Lisp"]],
  [".podspec", ["Ruby"]],
  [".pogo", ["PogoScript"]],
  [".polar", ["Polar"]],
  [".pony", ["Pony"]],
  [".por", ["Portugol"]],
  [".postcss", ["PostCSS"]],
  [".pot", ["Gettext Catalog"]],
  [".pov", ["POV-Ray SDL"]],
  [".pp", ["Pascal", "Puppet"]],
  [".pprx", ["REXX"]],
  [".pq", ["Power Query"]],
  [".praat", ["Praat"]],
  [".prawn", ["Ruby"]],
  [".prc", ["PLSQL", "SQL"]],
  [".prefab", ["Unity3D Asset"]],
  [".prefs", ["INI"]],
  [".prg", ["xBase"]],
  [".pri", ["QMake"]],
  [".prisma", ["Prisma"]],
  [".prjpcb", ["Altium Designer"]],
  [".pro", ["IDL", "INI", "Proguard", "Prolog", "QMake"]],
  [".proj", ["XML"]],
  [".prolog", ["Prolog"]],
  [".properties", ["INI", "Java Properties"]],
  [".props", ["XML"]],
  [".proto", ["Protocol Buffer"]],
  [".prw", ["xBase"]],
  [".ps", ["PostScript"]],
  [".ps1", ["PowerShell"]],
  [".ps1xml", ["XML"]],
  [".psc", ["Papyrus"]],
  [".psc1", ["XML"]],
  [".psd1", ["PowerShell"]],
  [".psgi", ["Perl"]],
  [".psm1", ["PowerShell"]],
  [".pt", ["XML"]],
  [".pub", ["Public Key"]],
  [".pubxml", ["XML"]],
  [".pug", ["Pug"]],
  [".puml", ["PlantUML"]],
  [".purs", ["PureScript"]],
  [".pwn", ["Pawn"]],
  [".pxd", ["Cython"]],
  [".pxi", ["Cython"]],
  [".py", ["Python"]],
  [".py3", ["Python"]],
  [".pyde", ["Python"]],
  [".pyi", ["Python"]],
  [".pyp", ["Python"]],
  [".pyt", ["Python"]],
  [".pytb", ["Python traceback"]],
  [".pyw", ["Python"]],
  [".pyx", ["Cython"]],
  [".q", ["HiveQL", "q"]],
  [".qasm", ["OpenQASM"]],
  [".qbs", ["QML"]],
  [".qc", ["QuakeC"]],
  [".qhelp", ["XML"]],
  [".ql", ["CodeQL"]],
  [".qll", ["CodeQL"]],
  [".qmd", ["RMarkdown"]],
  [".qml", ["QML"]],
  [".qnt", ["Quint"]],
  [".qs", ["Q#", "Qt Script"]],
  [".r", ["R", "Rebol", "Rez"]],
  [".r2", ["Rebol"]],
  [".r3", ["Rebol"]],
  [".rabl", ["Ruby"]],
  [".rake", ["Ruby"]],
  [".raku", ["Raku"]],
  [".rakumod", ["Raku"]],
  [".raml", ["RAML"]],
  [".rascript", ["RAScript"]],
  [".raw", ["Raw token data"]],
  [".razor", ["HTML+Razor"]],
  [".rb", ["Ruby"]],
  [".rbbas", ["REALbasic"]],
  [".rbfrm", ["REALbasic"]],
  [".rbi", ["Ruby"]],
  [".rbmnu", ["REALbasic"]],
  [".rbres", ["REALbasic"]],
  [".rbs", ["RBS"]],
  [".rbtbar", ["REALbasic"]],
  [".rbuild", ["Ruby"]],
  [".rbuistate", ["REALbasic"]],
  [".rbw", ["Ruby"]],
  [".rbx", ["Ruby"]],
  [".rbxmx", ["XML"]],
  [".rbxs", ["Lua"]],
  [".rchit", ["GLSL"]],
  [".rd", ["R"]],
  [".rdf", ["XML"]],
  [".rdoc", ["RDoc"]],
  [".re", ["C++", "Reason"]],
  [".reb", ["Rebol"]],
  [".rebol", ["Rebol"]],
  [".red", ["Red"]],
  [".reds", ["Red", "Redscript"]],
  [".reek", ["YAML"]],
  [".reg", ["Windows Registry Entries"]],
  [".regex", ["Regular Expression"]],
  [".regexp", ["Regular Expression"]],
  [".rego", ["Open Policy Agent"]],
  [".rei", ["Reason"]],
  [".religo", ["ReasonLIGO"]],
  [".res", ["ReScript", "XML"]],
  [".resi", ["ReScript"]],
  [".resource", ["RobotFramework"]],
  [".rest", ["reStructuredText"]],
  [".rest.txt", ["reStructuredText"]],
  [".resx", ["XML"]],
  [".rex", ["REXX"]],
  [".rexx", ["REXX"]],
  [".rg", ["Rouge"]],
  [".rhai", ["Rhai"]],
  [".rhistory", ["R"]],
  [".rhtml", ["HTML+ERB"]],
  [".ring", ["Ring"]],
  [".riot", ["Riot"]],
  [".rkt", ["Racket"]],
  [".rktd", ["Racket"]],
  [".rktl", ["Racket"]],
  [".rl", ["Ragel"]],
  [".rmd", ["RMarkdown"]],
  [".rmiss", ["GLSL"]],
  [".rnh", ["RUNOFF"]],
  [".rno", ["RUNOFF", "Roff"]],
  [".rnw", ["Sweave"]],
  [".robot", ["RobotFramework"]],
  [".roc", ["Roc"]],
  [".rockspec", ["Lua"]],
  [".roff", ["Roff"]],
  [".ron", ["RON"]],
  [".ronn", ["Markdown"]],
  [".rpgle", ["RPGLE"]],
  [".rpy", ["Python", "Ren'Py"]],
  [".rq", ["SPARQL"]],
  [".rs", ["RenderScript", "Rust", "XML"]],
  [".rs.in", ["Rust"]],
  [".rsc", ["Rascal", "RouterOS Script"]],
  [".rsh", ["RenderScript"]],
  [".rss", ["XML"]],
  [".rst", ["reStructuredText"]],
  [".rst.txt", ["reStructuredText"]],
  [".rsx", ["R"]],
  [".rtf", ["Rich Text Format"]],
  [".ru", ["Ruby"]],
  [".ruby", ["Ruby"]],
  [".rviz", ["YAML"]],
  [".s", ["Assembly", "Motorola 68K Assembly", "Unix Assembly"]],
  [".sage", ["Sage"]],
  [".sagews", ["Sage"]],
  [".sail", ["Sail"]],
  [".sarif", ["JSON"]],
  [".sas", ["SAS"]],
  [".sass", ["Sass"]],
  [".sats", ["ATS"]],
  [".sbatch", ["Shell"]],
  [".sbt", ["Scala"]],
  [".sc", ["Scala", "SuperCollider"]],
  [".scad", ["OpenSCAD"]],
  [".scala", ["Scala"]],
  [".scaml", ["Scaml"]],
  [".scd", ["Markdown", "SuperCollider"]],
  [".sce", ["Scilab"]],
  [".scenic", ["Scenic"]],
  [".sch", ["Eagle", "KiCad Schematic", "Scheme", "XML"]],
  [".schdoc", ["Altium Designer"]],
  [".sci", ["Scilab"]],
  [".scm", ["Scheme", "Tree-sitter Query"]],
  [".sco", ["Csound Score"]],
  [".scpt", ["AppleScript"]],
  [".scrbl", ["Racket"]],
  [".scss", ["SCSS"]],
  [".scxml", ["XML"]],
  [".sd", ["Vespa Schema Definition"]],
  [".sdc", ["Tcl"]],
  [".sed", ["sed"]],
  [".self", ["Self"]],
  [".service", ["INI"]],
  [".sexp", ["Common Lisp"]],
  [".sfd", ["Spline Font Database"]],
  [".sfproj", ["XML"]],
  [".sfv", ["Simple File Verification"]],
  [".sh", ["Shell"]],
  [".sh-session", ["ShellSession"]],
  [".sh.in", ["Shell"]],
  [".sha1", ["Checksums"]],
  [".sha2", ["Checksums"]],
  [".sha224", ["Checksums"]],
  [".sha256", ["Checksums"]],
  [".sha256sum", ["Checksums"]],
  [".sha3", ["Checksums"]],
  [".sha384", ["Checksums"]],
  [".sha512", ["Checksums"]],
  [".shader", ["GLSL", "ShaderLab"]],
  [".shen", ["Shen"]],
  [".shproj", ["XML"]],
  [".sieve", ["Sieve"]],
  [".sig", ["Standard ML"]],
  [".sip", ["Quartus Simulation IP", "SIP"]],
  [".sj", ["Objective-J"]],
  [".sjs", ["JavaScript"]],
  [".sl", ["Slash"]],
  [".slang", ["Slang"]],
  [".sld", ["Scheme"]],
  [".slim", ["Slim"]],
  [".slint", ["Slint"]],
  [".sln", ["Microsoft Visual Studio Solution"]],
  [".slnlaunch", ["JSON"]],
  [".slnx", ["XML"]],
  [".sls", ["Salt", "Scheme"]],
  [".slurm", ["Shell"]],
  [".sma", ["Pawn"]],
  [".smali", ["Smali"]],
  [".smithy", ["Smithy"]],
  [".smk", ["Snakemake"]],
  [".sml", ["Standard ML"]],
  [".smt", ["SMT"]],
  [".smt2", ["SMT"]],
  [".snakefile", ["Snakemake"]],
  [".snap", ["Jest Snapshot"]],
  [".snip", ["Vim Snippet"]],
  [".snippet", ["Vim Snippet"]],
  [".snippets", ["Vim Snippet"]],
  [".socket", ["INI"]],
  [".sol", ["Gerber Image", "Solidity"]],
  [".soy", ["Closure Templates"]],
  [".sp", ["SourcePawn"]],
  [".sparql", ["SPARQL"]],
  [".spc", ["PLSQL"]],
  [".spec", ["Python", "RPM Spec", "Ruby"]],
  [".spin", ["Propeller Spin"]],
  [".sps", ["Scheme"]],
  [".sqf", ["SQF"]],
  [".sql", ["PLSQL", "PLpgSQL", "SQL", "SQLPL", "TSQL"]],
  [".sqlrpgle", ["RPGLE"]],
  [".sra", ["PowerBuilder"]],
  [".srdf", ["XML"]],
  [".srt", ["SRecode Template", "SubRip Text"]],
  [".sru", ["PowerBuilder"]],
  [".srv", ["ROS Interface"]],
  [".srw", ["PowerBuilder"]],
  [".ss", ["Scheme"]],
  [".ssjs", ["JavaScript"]],
  [".sss", ["SugarSS"]],
  [".st", ["Smalltalk", "StringTemplate"]],
  [".stan", ["Stan"]],
  [".star", ["STAR", "Starlark"]],
  [".sthlp", ["Stata"]],
  [".stl", ["STL"]],
  [".ston", ["STON"]],
  [".story", ["Gherkin"]],
  [".storyboard", ["XML"]],
  [".sttheme", ["XML Property List"]],
  [".sty", ["TeX"]],
  [".styl", ["Stylus"]],
  [".sublime-build", ["JSON with Comments"]],
  [".sublime-color-scheme", ["JSON with Comments"]],
  [".sublime-commands", ["JSON with Comments"]],
  [".sublime-completions", ["JSON with Comments"]],
  [".sublime-keymap", ["JSON with Comments"]],
  [".sublime-macro", ["JSON with Comments"]],
  [".sublime-menu", ["JSON with Comments"]],
  [".sublime-mousemap", ["JSON with Comments"]],
  [".sublime-project", ["JSON with Comments"]],
  [".sublime-settings", ["JSON with Comments"]],
  [".sublime-snippet", ["XML"]],
  [".sublime-syntax", ["YAML"]],
  [".sublime-theme", ["JSON with Comments"]],
  [".sublime-workspace", ["JSON with Comments"]],
  [".sublime_metrics", ["JSON with Comments"]],
  [".sublime_session", ["JSON with Comments"]],
  [".surql", ["SurrealQL"]],
  [".sv", ["SystemVerilog"]],
  [".svelte", ["Svelte"]],
  [".svg", ["SVG"]],
  [".svh", ["SystemVerilog"]],
  [".svx", ["Survex data", "mdsvex"]],
  [".sw", ["Sway", "XML"]],
  [".swg", ["SWIG"]],
  [".swift", ["Swift"]],
  [".swig", ["SWIG"]],
  [".syntax", ["YAML"]],
  [".t", ["Perl", "Raku", "Terra", "Turing"]],
  [".tab", ["SQL"]],
  [".tac", ["Python"]],
  [".tact", ["JSON", "Tact"]],
  [".tag", ["Java Server Pages"]],
  [".talon", ["Talon"]],
  [".tape", ["Tape"]],
  [".target", ["INI"]],
  [".targets", ["XML"]],
  [".tcc", ["C++"]],
  [".tcl", ["Tcl"]],
  [".tcl.in", ["Tcl"]],
  [".tcsh", ["Tcsh"]],
  [".te", ["SELinux Policy"]],
  [".tea", ["Tea"]],
  [".templ", ["templ"]],
  [".tesc", ["GLSL"]],
  [".tese", ["GLSL"]],
  [".tex", ["TeX"]],
  [".texi", ["Texinfo"]],
  [".texinfo", ["Texinfo"]],
  [".textgrid", ["TextGrid"]],
  [".textile", ["Textile"]],
  [".textproto", ["Protocol Buffer Text Format"]],
  [".tf", ["HCL"]],
  [".tfstate", ["JSON"]],
  [".tfstate.backup", ["JSON"]],
  [".tftpl", ["Terraform Template"]],
  [".tfvars", ["HCL"]],
  [".thor", ["Ruby"]],
  [".thrift", ["Thrift"]],
  [".thy", ["Isabelle"]],
  [".timer", ["INI"]],
  [".tl", ["Teal", "Type Language"]],
  [".tla", ["TLA"]],
  [".tlv", ["TL-Verilog"]],
  [".tm", ["Tcl"]],
  [".tmac", ["Roff"]],
  [".tmcommand", ["XML Property List"]],
  [".tmdl", ["TMDL"]],
  [".tml", ["XML"]],
  [".tmlanguage", ["XML Property List"]],
  [".tmpl", ["Go Template"]],
  [".tmpreferences", ["XML Property List"]],
  [".tmsnippet", ["XML Property List"]],
  [".tmtheme", ["XML Property List"]],
  [".tmux", ["Shell"]],
  [".toc", ["TeX", "World of Warcraft Addon Data"]],
  [".tofu", ["HCL"]],
  [".toit", ["Toit"]],
  [".tolk", ["Tolk"]],
  [".toml", ["TOML"]],
  [".toml.example", ["TOML"]],
  [".tool", ["Shell"]],
  [".topojson", ["JSON"]],
  [".tpb", ["PLSQL"]],
  [".tpl", ["Go Template", "Smarty"]],
  [".tpp", ["C++"]],
  [".tps", ["PLSQL"]],
  [".tres", ["Godot Resource"]],
  [".trg", ["PLSQL"]],
  [".trigger", ["Apex", "Shell"]],
  [".ts", ["TypeScript", "XML"]],
  [".tscn", ["Godot Resource"]],
  [".tsconfig.json", ["JSON with Comments"]],
  [".tsp", ["TSPLIB data", "TypeSpec"]],
  [".tst", ["GAP", "Scilab"]],
  [".tsv", ["TSV"]],
  [".tsx", ["TSX", "XML"]],
  [".ttl", ["Turtle"]],
  [".tu", ["Turing"]],
  [".twig", ["Twig"]],
  [".txi", ["Texinfo"]],
  [".txl", ["TXL"]],
  [".txt", ["Adblock Filter List", "Text", "Vim Help File"]],
  [".txtpb", ["Protocol Buffer Text Format"]],
  [".txx", ["C++"]],
  [".typ", ["Typst", "XML"]],
  [".uc", ["UnrealScript", "ucode"]],
  [".udf", ["SQL"]],
  [".udo", ["Csound"]],
  [".ui", ["XML"]],
  [".unity", ["Unity3D Asset"]],
  [".uno", ["Uno"]],
  [".upc", ["Unified Parallel C"]],
  [".uplc", ["Untyped Plutus Core"]],
  [".ur", ["UrWeb"]],
  [".urdf", ["XML"]],
  [".url", ["INI"]],
  [".urs", ["UrWeb"]],
  [".ux", ["XML"]],
  [".v", ["Rocq Prover", "V", "Verilog"]],
  [".vala", ["Vala"]],
  [".vapi", ["Vala"]],
  [".vark", ["Gosu"]],
  [".vb", ["Visual Basic .NET"]],
  [".vba", ["VBA", "Vim script"]],
  [".vbhtml", ["Visual Basic .NET"]],
  [".vbproj", ["XML"]],
  [".vbs", ["VBScript"]],
  [".vcf", ["TSV", "vCard"]],
  [".vcl", ["VCL"]],
  [".vcxproj", ["XML"]],
  [".vdf", ["Valve Data Format"]],
  [".veo", ["Verilog"]],
  [".verse", ["Verse"]],
  [".vert", ["GLSL"]],
  [".vh", ["SystemVerilog"]],
  [".vhd", ["VHDL"]],
  [".vhdl", ["VHDL"]],
  [".vhf", ["VHDL"]],
  [".vhi", ["VHDL"]],
  [".vho", ["VHDL"]],
  [".vhost", ["ApacheConf", "Nginx"]],
  [".vhs", ["VHDL"]],
  [".vht", ["VHDL"]],
  [".vhw", ["VHDL"]],
  [".vim", ["Vim script"]],
  [".vimrc", ["Vim script"]],
  [".viw", ["SQL"]],
  [".vmb", ["Vim script"]],
  [".vmf", ["Valve Data Format"]],
  [".volt", ["Volt"]],
  [".vrx", ["GLSL"]],
  [".vs", ["GLSL"]],
  [".vsh", ["GLSL"]],
  [".vshader", ["GLSL"]],
  [".vsixmanifest", ["XML"]],
  [".vssettings", ["XML"]],
  [".vstemplate", ["XML"]],
  [".vtl", ["Velocity Template Language"]],
  [".vto", ["Vento"]],
  [".vtt", ["WebVTT"]],
  [".vue", ["Vue"]],
  [".vw", ["PLSQL"]],
  [".vxml", ["XML"]],
  [".vy", ["Vyper"]],
  [".w", ["CWeb", "OpenEdge ABL"]],
  [".wast", ["WebAssembly"]],
  [".wat", ["WebAssembly"]],
  [".watchr", ["Ruby"]],
  [".wdl", ["WDL"]],
  [".webapp", ["JSON"]],
  [".webidl", ["WebIDL"]],
  [".webmanifest", ["JSON"]],
  [".weechatlog", ["IRC log"]],
  [".wgsl", ["WGSL"]],
  [".whiley", ["Whiley"]],
  [".wiki", ["Wikitext"]],
  [".wikitext", ["Wikitext"]],
  [".wisp", ["wisp"]],
  [".wit", ["WebAssembly Interface Type"]],
  [".wixproj", ["XML"]],
  [".wl", ["Wolfram Language"]],
  [".wlk", ["Wollok"]],
  [".wls", ["Wolfram Language"]],
  [".wlt", ["Wolfram Language"]],
  [".wlua", ["Lua"]],
  [".workbook", ["Markdown"]],
  [".workflow", ["HCL", "XML"]],
  [".wren", ["Wren"]],
  [".ws", ["Witcher Script"]],
  [".wsdl", ["XML"]],
  [".wsf", ["XML"]],
  [".wsgi", ["Python"]],
  [".wxi", ["XML"]],
  [".wxl", ["XML"]],
  [".wxs", ["XML"]],
  [".x", ["DirectX 3D File", "Linker Script", "Logos", "RPC"]],
  [".x10", ["X10"]],
  [".x3d", ["XML"]],
  [".x68", ["Motorola 68K Assembly"]],
  [".xacro", ["XML"]],
  [".xaml", ["XML"]],
  [".xbm", ["X BitMap"]],
  [".xc", ["XC"]],
  [".xdc", ["Tcl"]],
  [".xht", ["HTML"]],
  [".xhtml", ["HTML"]],
  [".xi", ["Logos"]],
  [".xib", ["XML"]],
  [".xlf", ["XML"]],
  [".xliff", ["XML"]],
  [".xm", ["Logos"]],
  [".xmi", ["XML"]],
  [".xml", ["XML"]],
  [".xml.dist", ["XML"]],
  [".xmp", ["XML"]],
  [".xojo_code", ["Xojo"]],
  [".xojo_menu", ["Xojo"]],
  [".xojo_report", ["Xojo"]],
  [".xojo_script", ["Xojo"]],
  [".xojo_toolbar", ["Xojo"]],
  [".xojo_window", ["Xojo"]],
  [".xpl", ["XProc"]],
  [".xpm", ["X PixMap"]],
  [".xproc", ["XProc"]],
  [".xproj", ["XML"]],
  [".xpy", ["Python"]],
  [".xq", ["XQuery"]],
  [".xql", ["XQuery"]],
  [".xqm", ["XQuery"]],
  [".xquery", ["XQuery"]],
  [".xqy", ["XQuery"]],
  [".xrl", ["Erlang"]],
  [".xs", ["XS"]],
  [".xsd", ["XML"]],
  [".xsh", ["Xonsh"]],
  [".xsjs", ["JavaScript"]],
  [".xsjslib", ["JavaScript"]],
  [".xsl", ["XSLT"]],
  [".xslt", ["XSLT"]],
  [".xsp-config", ["XPages"]],
  [".xsp.metadata", ["XPages"]],
  [".xspec", ["XML"]],
  [".xtend", ["Xtend"]],
  [".xul", ["XML"]],
  [".xzap", ["ZAP"]],
  [".y", ["Yacc"]],
  [".yacc", ["Yacc"]],
  [".yaml", ["MiniYAML", "OASv2-yaml", "OASv3-yaml", "YAML"]],
  [".yaml-tmlanguage", ["YAML"]],
  [".yaml.sed", ["YAML"]],
  [".yang", ["YANG"]],
  [".yap", ["Prolog"]],
  [".yar", ["YARA"]],
  [".yara", ["YARA"]],
  [".yasnippet", ["YASnippet"]],
  [".yml", ["MiniYAML", "OASv2-yaml", "OASv3-yaml", "YAML"]],
  [".yml.mysql", ["YAML"]],
  [".yrl", ["Erlang"]],
  [".yul", ["Yul"]],
  [".yy", ["JSON", "Yacc"]],
  [".yyp", ["JSON"]],
  [".z3", ["SMT"]],
  [".zap", ["ZAP"]],
  [".zcml", ["XML"]],
  [".zed", ["SpiceDB Schema"]],
  [".zeek", ["Zeek"]],
  [".zep", ["Zephir"]],
  [".zig", ["Zig"]],
  [".zig.zon", ["Zig"]],
  [".zil", ["ZIL"]],
  [".zimpl", ["Zimpl"]],
  [".zmodel", ["Zmodel"]],
  [".zmpl", ["Zimpl"]],
  [".zone", ["DNS Zone"]],
  [".zpl", ["Zimpl"]],
  [".zs", ["ZenScript"]],
  [".zsh", ["Shell"]],
  [".zsh-theme", ["Shell"]]
];
var FILENAME_ENTRIES = [
  [".JUSTFILE", ["Just"]],
  [".Justfile", ["Just"]],
  [".Rapp.history", ["R"]],
  [".Rhistory", ["R"]],
  [".Rprofile", ["R"]],
  [".XCompose", ["XCompose"]],
  [".abbrev_defs", ["Emacs Lisp"]],
  [".ackrc", ["Option List"]],
  [".agignore", ["Ignore List"]],
  [".all-contributorsrc", ["JSON"]],
  [".arcconfig", ["JSON"]],
  [".atomignore", ["Ignore List"]],
  [".auto-changelog", ["JSON"]],
  [".babelignore", ["Ignore List"]],
  [".babelrc", ["JSON with Comments"]],
  [".bash_aliases", ["Shell"]],
  [".bash_functions", ["Shell"]],
  [".bash_history", ["Shell"]],
  [".bash_logout", ["Shell"]],
  [".bash_profile", ["Shell"]],
  [".bashrc", ["Shell"]],
  [".browserslistrc", ["Browserslist"]],
  [".buckconfig", ["INI"]],
  [".bzrignore", ["Ignore List"]],
  [".c8rc", ["JSON"]],
  [".ckignore", ["Ignore List"]],
  [".clang-format", ["YAML"]],
  [".clang-tidy", ["YAML"]],
  [".clangd", ["YAML"]],
  [".classpath", ["XML"]],
  [".coffeelintignore", ["Ignore List"]],
  [".coveragerc", ["INI"]],
  [".cproject", ["XML"]],
  [".cshrc", ["Shell"]],
  [".curlrc", ["cURL Config"]],
  [".cvsignore", ["Ignore List"]],
  [".devcontainer.json", ["JSON with Comments"]],
  [".dir_colors", ["dircolors"]],
  [".dircolors", ["dircolors"]],
  [".dockerignore", ["Ignore List"]],
  [".easignore", ["Ignore List"]],
  [".editorconfig", ["EditorConfig"]],
  [".eleventyignore", ["Ignore List"]],
  [".emacs", ["Emacs Lisp"]],
  [".emacs.desktop", ["Emacs Lisp"]],
  [".env", ["Dotenv"]],
  [".env.ci", ["Dotenv"]],
  [".env.dev", ["Dotenv"]],
  [".env.development", ["Dotenv"]],
  [".env.development.local", ["Dotenv"]],
  [".env.example", ["Dotenv"]],
  [".env.local", ["Dotenv"]],
  [".env.prod", ["Dotenv"]],
  [".env.production", ["Dotenv"]],
  [".env.sample", ["Dotenv"]],
  [".env.staging", ["Dotenv"]],
  [".env.template", ["Dotenv"]],
  [".env.test", ["Dotenv"]],
  [".env.testing", ["Dotenv"]],
  [".envrc", ["Shell"]],
  [".eslint-ignore", ["Ignore List"]],
  [".eslintignore", ["Ignore List"]],
  [".eslintrc", ["JSON with Comments", "YAML"]],
  [".eslintrc.json", ["JSON with Comments"]],
  [".exrc", ["Vim script"]],
  [".factor-boot-rc", ["Factor"]],
  [".factor-rc", ["Factor"]],
  [".flake8", ["INI"]],
  [".flaskenv", ["Shell"]],
  [".gclient", ["Python"]],
  [".gemrc", ["YAML"]],
  [".git-blame-ignore-revs", ["Git Revision List"]],
  [".gitattributes", ["Git Attributes"]],
  [".gitconfig", ["Git Config"]],
  [".gitignore", ["Ignore List"]],
  [".gitmessage", ["Git Commit"]],
  [".gitmodules", ["Git Config"]],
  [".gitreview", ["INI"]],
  [".gn", ["GN"]],
  [".gnus", ["Emacs Lisp"]],
  [".gvimrc", ["Vim script"]],
  [".htaccess", ["ApacheConf"]],
  [".htmlhintrc", ["JSON"]],
  [".ignore", ["Ignore List"]],
  [".imgbotconfig", ["JSON"]],
  [".inputrc", ["Readline Config"]],
  [".irbrc", ["Ruby"]],
  [".jscsrc", ["JSON with Comments"]],
  [".jshintrc", ["JSON with Comments"]],
  [".jslintrc", ["JSON with Comments"]],
  [".justfile", ["Just"]],
  [".kshrc", ["Shell"]],
  [".latexmkrc", ["Perl"]],
  [".login", ["Shell"]],
  [".luacheckrc", ["Lua"]],
  [".markdownlintignore", ["Ignore List"]],
  [".nanorc", ["nanorc"]],
  [".nodemonignore", ["Ignore List"]],
  [".npmignore", ["Ignore List"]],
  [".npmrc", ["NPM Config"]],
  [".nvimrc", ["Vim script"]],
  [".nycrc", ["JSON"]],
  [".oxlintrc.json", ["JSON with Comments"]],
  [".php", ["PHP"]],
  [".php_cs", ["PHP"]],
  [".php_cs.dist", ["PHP"]],
  [".prettierignore", ["Ignore List"]],
  [".profile", ["Shell"]],
  [".project", ["XML"]],
  [".pryrc", ["Ruby"]],
  [".pylintrc", ["INI"]],
  [".releaserc", ["JSON", "YAML"]],
  [".rgignore", ["Ignore List"]],
  [".rspec", ["Option List"]],
  [".scalafix.conf", ["HOCON"]],
  [".scalafmt.conf", ["HOCON"]],
  [".secrets.baseline", ["JSON"]],
  [".shellcheckrc", ["ShellCheck Config"]],
  [".simplecov", ["Ruby"]],
  [".spacemacs", ["Emacs Lisp"]],
  [".stylelintignore", ["Ignore List"]],
  [".swcrc", ["JSON with Comments"]],
  [".tern-config", ["JSON"]],
  [".tern-project", ["JSON"]],
  [".tgitconfig", ["Git Config"]],
  [".tm_properties", ["TextMate Properties"]],
  [".tmux.conf", ["Shell"]],
  [".vercelignore", ["Ignore List"]],
  [".vimrc", ["Vim script"]],
  [".viper", ["Emacs Lisp"]],
  [".vscodeignore", ["Ignore List"]],
  [".watchmanconfig", ["JSON"]],
  [".wgetrc", ["Wget Config"]],
  [".xinitrc", ["Shell"]],
  [".xsession", ["Shell"]],
  [".yardopts", ["Option List"]],
  [".zlogin", ["Shell"]],
  [".zlogout", ["Shell"]],
  [".zprofile", ["Shell"]],
  [".zshenv", ["Shell"]],
  [".zshrc", ["Shell"]],
  ["9fs", ["Shell"]],
  ["APKBUILD", ["Alpine Abuild"]],
  ["Android.bp", ["Soong"]],
  ["App.config", ["XML"]],
  ["Appraisals", ["Ruby"]],
  ["BSDmakefile", ["Makefile"]],
  ["BUCK", ["Starlark"]],
  ["BUILD", ["Starlark"]],
  ["BUILD.bazel", ["Starlark"]],
  ["Berksfile", ["Ruby"]],
  ["Brewfile", ["Ruby"]],
  ["Buildfile", ["Ruby"]],
  ["CITATION", ["Text"]],
  ["CITATION.cff", ["YAML"]],
  ["CITATIONS", ["Text"]],
  ["CMakeLists.txt", ["CMake"]],
  ["CODEOWNERS", ["CODEOWNERS"]],
  ["COMMIT_EDITMSG", ["Git Commit"]],
  ["COPYING", ["Text"]],
  ["COPYING.regex", ["Text"]],
  ["COPYRIGHT.regex", ["Text"]],
  ["Caddyfile", ["Caddyfile"]],
  ["Cakefile", ["CoffeeScript"]],
  ["Capfile", ["Ruby"]],
  ["Cargo.lock", ["TOML"]],
  ["Cargo.toml.orig", ["TOML"]],
  ["Cask", ["Emacs Lisp"]],
  ["Containerfile", ["Dockerfile"]],
  ["DEPS", ["Python"]],
  ["DIR_COLORS", ["dircolors"]],
  ["Dangerfile", ["Ruby"]],
  ["Deliverfile", ["Ruby"]],
  ["Dockerfile", ["Dockerfile"]],
  ["Earthfile", ["Earthly"]],
  ["Eask", ["Emacs Lisp"]],
  ["Emakefile", ["Erlang"]],
  ["FONTLOG", ["Text"]],
  ["Fakefile", ["Fancy"]],
  ["Fastfile", ["Ruby"]],
  ["GNUmakefile", ["Makefile"]],
  ["Gemfile", ["Ruby"]],
  ["Gemfile.lock", ["Gemfile.lock"]],
  ["Gopkg.lock", ["TOML"]],
  ["Guardfile", ["Ruby"]],
  ["HOSTS", ["Hosts File", "INI"]],
  ["INSTALL", ["Text"]],
  ["INSTALL.mysql", ["Text"]],
  ["JUSTFILE", ["Just"]],
  ["Jakefile", ["JavaScript"]],
  ["Jarfile", ["Ruby"]],
  ["Jenkinsfile", ["Groovy"]],
  ["Justfile", ["Just"]],
  ["Kbuild", ["Makefile"]],
  ["LICENSE", ["Text"]],
  ["LICENSE.mysql", ["Text"]],
  ["Lexer.x", ["Lex"]],
  ["MANIFEST.MF", ["JAR Manifest"]],
  ["MD5SUMS", ["Checksums"]],
  ["MODULE.bazel", ["Starlark"]],
  ["MODULE.bazel.lock", ["JSON"]],
  ["Makefile", ["Makefile"]],
  ["Makefile.PL", ["Perl"]],
  ["Makefile.am", ["Makefile"]],
  ["Makefile.boot", ["Makefile"]],
  ["Makefile.frag", ["Makefile"]],
  ["Makefile.in", ["Makefile"]],
  ["Makefile.inc", ["Makefile"]],
  ["Makefile.pc", ["Makefile"]],
  ["Makefile.wat", ["Makefile"]],
  ["Mavenfile", ["Ruby"]],
  ["Modulefile", ["Puppet"]],
  ["NEWS", ["Text"]],
  ["Notebook", ["Jupyter Notebook"]],
  ["NuGet.config", ["XML"]],
  ["Nukefile", ["Nu"]],
  ["PKGBUILD", ["Shell"]],
  ["Package.resolved", ["JSON"]],
  ["Phakefile", ["PHP"]],
  ["Pipfile", ["TOML"]],
  ["Pipfile.lock", ["JSON"]],
  ["Podfile", ["Ruby"]],
  ["Procfile", ["Procfile"]],
  ["Project.ede", ["Emacs Lisp"]],
  ["Puppetfile", ["Ruby"]],
  ["README.me", ["Text"]],
  ["README.mysql", ["Text"]],
  ["README.nss", ["Text"]],
  ["README.pc", ["Text"]],
  ["ROOT", ["Isabelle ROOT"]],
  ["Rakefile", ["Ruby"]],
  ["Rexfile", ["Perl"]],
  ["SConscript", ["Python"]],
  ["SConstruct", ["Python"]],
  ["SHA1SUMS", ["Checksums"]],
  ["SHA256SUMS", ["Checksums"]],
  ["SHA256SUMS.txt", ["Checksums"]],
  ["SHA512SUMS", ["Checksums"]],
  ["Settings.StyleCop", ["XML"]],
  ["Singularity", ["Singularity"]],
  ["Slakefile", ["LiveScript"]],
  ["Snakefile", ["Snakemake"]],
  ["Snapfile", ["Ruby"]],
  ["Steepfile", ["Ruby"]],
  ["Thorfile", ["Ruby"]],
  ["Tiltfile", ["Starlark"]],
  ["Vagrantfile", ["Ruby"]],
  ["WORKSPACE", ["Starlark"]],
  ["WORKSPACE.bazel", ["Starlark"]],
  ["WORKSPACE.bzlmod", ["Starlark"]],
  ["Web.Debug.config", ["XML"]],
  ["Web.Release.config", ["XML"]],
  ["Web.config", ["XML"]],
  ["XCompose", ["XCompose"]],
  ["_curlrc", ["cURL Config"]],
  ["_dir_colors", ["dircolors"]],
  ["_dircolors", ["dircolors"]],
  ["_emacs", ["Emacs Lisp"]],
  ["_helpers.tpl", ["Go Template"]],
  ["_redirects", ["Redirect Rules"]],
  ["_vimrc", ["Vim script"]],
  ["abbrev_defs", ["Emacs Lisp"]],
  ["ack", ["Perl"]],
  ["ackrc", ["Option List"]],
  ["ant.xml", ["Ant Build System"]],
  ["apache2.conf", ["ApacheConf"]],
  ["api-extractor.json", ["JSON with Comments"]],
  ["bash_aliases", ["Shell"]],
  ["bash_logout", ["Shell"]],
  ["bash_profile", ["Shell"]],
  ["bashrc", ["Shell"]],
  ["bird.conf", ["BIRD2"]],
  ["browserslist", ["Browserslist"]],
  ["build.xml", ["Ant Build System"]],
  ["buildfile", ["Ruby"]],
  ["buildozer.spec", ["INI"]],
  ["bun.lock", ["JSON"]],
  ["cabal.config", ["Cabal Config"]],
  ["cabal.project", ["Cabal Config"]],
  ["checksums.txt", ["Checksums"]],
  ["cksums", ["Checksums"]],
  ["click.me", ["Text"]],
  ["composer.lock", ["JSON"]],
  ["config.worktree", ["Git Config"]],
  ["configure.ac", ["M4Sugar"]],
  ["contents.lr", ["Markdown"]],
  ["cpanfile", ["Perl"]],
  ["crontab", ["crontab"]],
  ["cshrc", ["Shell"]],
  ["delete.me", ["Text"]],
  ["deno.lock", ["JSON"]],
  ["descrip.mmk", ["Module Management System"]],
  ["descrip.mms", ["Module Management System"]],
  ["dev-requirements.txt", ["Pip Requirements"]],
  ["devcontainer.json", ["JSON with Comments"]],
  ["dir_colors", ["dircolors"]],
  ["dune-project", ["Dune"]],
  ["encodings.dir", ["X Font Directory Index"]],
  ["eqnrc", ["Roff"]],
  ["expr-dist", ["R"]],
  ["file_contexts", ["SELinux Policy"]],
  ["firestore.rules", ["Cloud Firestore Security Rules"]],
  ["flake.lock", ["JSON"]],
  ["fonts.alias", ["X Font Directory Index"]],
  ["fonts.dir", ["X Font Directory Index"]],
  ["fonts.scale", ["X Font Directory Index"]],
  ["fp-lib-table", ["KiCad Layout"]],
  ["genfs_contexts", ["SELinux Policy"]],
  ["gitignore-global", ["Ignore List"]],
  ["gitignore_global", ["Ignore List"]],
  ["glide.lock", ["YAML"]],
  ["go.mod", ["Go Module"]],
  ["go.sum", ["Go Checksums"]],
  ["go.work", ["Go Workspace"]],
  ["go.work.sum", ["Go Checksums"]],
  ["gradlew", ["Shell"]],
  ["gradlew.bat", ["Batchfile"]],
  ["gtkrc", ["GtkRC"]],
  ["gtkrc-2.0", ["GtkRC"]],
  ["gvimrc", ["Vim script"]],
  ["haproxy.cfg", ["HAProxy"]],
  ["hosts", ["Hosts File", "INI"]],
  ["hosts.txt", ["Hosts File"]],
  ["httpd.conf", ["ApacheConf"]],
  ["initial_sids", ["SELinux Policy"]],
  ["inputrc", ["Readline Config"]],
  ["installscript.qs", ["Qt Script"]],
  ["jsconfig.json", ["JSON with Comments"]],
  ["justfile", ["Just"]],
  ["kakrc", ["KakouneScript"]],
  ["kcl.mod", ["KCL"]],
  ["kcl.mod.lock", ["KCL"]],
  ["keep.me", ["Text"]],
  ["kshrc", ["Shell"]],
  ["language-configuration.json", ["JSON with Comments"]],
  ["language-subtag-registry.txt", ["Record Jar"]],
  ["latexmkrc", ["Perl"]],
  ["ld.script", ["Linker Script"]],
  ["lexer.x", ["Lex"]],
  ["login", ["Shell"]],
  ["m3makefile", ["Quake"]],
  ["m3overrides", ["Quake"]],
  ["makefile", ["Makefile"]],
  ["makefile.sco", ["Makefile"]],
  ["man", ["Shell"]],
  ["mcmod.info", ["JSON"]],
  ["md5sum.txt", ["Checksums"]],
  ["meson.build", ["Meson"]],
  ["meson_options.txt", ["Meson"]],
  ["mise.local.lock", ["TOML"]],
  ["mise.lock", ["TOML"]],
  ["mix.lock", ["Elixir"]],
  ["mkfile", ["Makefile"]],
  ["mmn", ["Roff"]],
  ["mmt", ["Roff"]],
  ["mocha.opts", ["Option List"]],
  ["mvnw", ["Shell"]],
  ["mvnw.cmd", ["Batchfile"]],
  ["nanorc", ["nanorc"]],
  ["nextflow.config", ["Nextflow"]],
  ["nginx.conf", ["Nginx"]],
  ["nim.cfg", ["Nim"]],
  ["nvimrc", ["Vim script"]],
  ["owh", ["Tcl"]],
  ["package.mask", ["Text"]],
  ["package.use.mask", ["Text"]],
  ["package.use.stable.mask", ["Text"]],
  ["packages.config", ["XML"]],
  ["pdm.lock", ["TOML"]],
  ["pixi.lock", ["YAML"]],
  ["poetry.lock", ["TOML"]],
  ["pom.xml", ["Maven POM"]],
  ["port_contexts", ["SELinux Policy"]],
  ["profile", ["Shell"]],
  ["project.godot", ["Godot Resource"]],
  ["pylintrc", ["INI"]],
  ["read.me", ["Text"]],
  ["readme.1st", ["Text"]],
  ["rebar.config", ["Erlang"]],
  ["rebar.config.lock", ["Erlang"]],
  ["rebar.lock", ["Erlang"]],
  ["requirements-dev.txt", ["Pip Requirements"]],
  ["requirements.lock.txt", ["Pip Requirements"]],
  ["requirements.txt", ["Pip Requirements"]],
  ["riemann.config", ["Clojure"]],
  ["robots.txt", ["Robots Exclusion Rules"]],
  ["security_classes", ["SELinux Policy"]],
  ["ssh-config", ["SSH Config"]],
  ["ssh_config", ["SSH Config"]],
  ["sshconfig", ["SSH Config"]],
  ["sshconfig.snip", ["SSH Config"]],
  ["sshd-config", ["SSH Config"]],
  ["sshd_config", ["SSH Config"]],
  ["starfield", ["Tcl"]],
  ["suite.rc", ["Cylc"]],
  ["test.me", ["Text"]],
  ["tmux.conf", ["Shell"]],
  ["toolchain_installscript.qs", ["Qt Script"]],
  ["torrc", ["Tor Config"]],
  ["troffrc", ["Roff"]],
  ["troffrc-end", ["Roff"]],
  ["tsconfig.json", ["JSON with Comments"]],
  ["tslint.json", ["JSON with Comments"]],
  ["use.mask", ["Text"]],
  ["use.stable.mask", ["Text"]],
  ["uv.lock", ["TOML"]],
  ["vimrc", ["Vim script"]],
  ["vlcrc", ["INI"]],
  ["wscript", ["Python"]],
  ["xcompose", ["XCompose"]],
  ["xinitrc", ["Shell"]],
  ["xmake.lua", ["Xmake"]],
  ["xsession", ["Shell"]],
  ["yarn.lock", ["YAML"]],
  ["zlogin", ["Shell"]],
  ["zlogout", ["Shell"]],
  ["zprofile", ["Shell"]],
  ["zshenv", ["Shell"]],
  ["zshrc", ["Shell"]]
];
var PROGRAMMING_ENTRIES = [
  ["1C Enterprise", "1C Enterprise"],
  ["4D", "4D"],
  ["ABAP", "ABAP"],
  ["ABAP CDS", "ABAP CDS"],
  ["AGS Script", "AGS Script"],
  ["AIDL", "AIDL"],
  ["AL", "AL"],
  ["ALGOL", "ALGOL"],
  ["AMPL", "AMPL"],
  ["ANTLR", "ANTLR"],
  ["APL", "APL"],
  ["ASL", "ASL"],
  ["ASP.NET", "ASP.NET"],
  ["ATS", "ATS"],
  ["ActionScript", "ActionScript"],
  ["Ada", "Ada"],
  ["Agda", "Agda"],
  ["Aiken", "Aiken"],
  ["Aleo", "Aleo"],
  ["Alloy", "Alloy"],
  ["Alpine Abuild", "Shell"],
  ["AngelScript", "AngelScript"],
  ["Answer Set Programming", "Answer Set Programming"],
  ["Apex", "Apex"],
  ["Apollo Guidance Computer", "Assembly"],
  ["AppleScript", "AppleScript"],
  ["Arc", "Arc"],
  ["AspectJ", "AspectJ"],
  ["Assembly", "Assembly"],
  ["Asymptote", "Asymptote"],
  ["Augeas", "Augeas"],
  ["AutoHotkey", "AutoHotkey"],
  ["AutoIt", "AutoIt"],
  ["Awk", "Awk"],
  ["B", "B"],
  ["B (Formal Method)", "B (Formal Method)"],
  ["B4X", "B4X"],
  ["BAML", "BAML"],
  ["BASIC", "BASIC"],
  ["BQN", "BQN"],
  ["Ballerina", "Ballerina"],
  ["Batchfile", "Batchfile"],
  ["Beef", "Beef"],
  ["Befunge", "Befunge"],
  ["Berry", "Berry"],
  ["BibTeX Style", "BibTeX Style"],
  ["Bicep", "Bicep"],
  ["Bison", "Yacc"],
  ["BitBake", "BitBake"],
  ["BlitzBasic", "BlitzBasic"],
  ["BlitzMax", "BlitzMax"],
  ["Bluespec", "Bluespec"],
  ["Bluespec BH", "Bluespec"],
  ["Boo", "Boo"],
  ["Boogie", "Boogie"],
  ["Brainfuck", "Brainfuck"],
  ["BrighterScript", "BrighterScript"],
  ["Brightscript", "Brightscript"],
  ["C", "C"],
  ["C#", "C#"],
  ["C++", "C++"],
  ["C2hs Haskell", "Haskell"],
  ["C3", "C3"],
  ["CAP CDS", "CAP CDS"],
  ["CLIPS", "CLIPS"],
  ["CMake", "CMake"],
  ["COBOL", "COBOL"],
  ["CQL", "CQL"],
  ["CUE", "CUE"],
  ["CWeb", "CWeb"],
  ["Cadence", "Cadence"],
  ["Cairo", "Cairo"],
  ["Cairo Zero", "Cairo"],
  ["CameLIGO", "LigoLANG"],
  ["Cangjie", "Cangjie"],
  ["Cap'n Proto", "Cap'n Proto"],
  ["Carbon", "Carbon"],
  ["CartoCSS", "CartoCSS"],
  ["Ceylon", "Ceylon"],
  ["Chapel", "Chapel"],
  ["Charity", "Charity"],
  ["ChucK", "ChucK"],
  ["Circom", "Circom"],
  ["Cirru", "Cirru"],
  ["Clarion", "Clarion"],
  ["Clarity", "Clarity"],
  ["Classic ASP", "Classic ASP"],
  ["Clean", "Clean"],
  ["Click", "Click"],
  ["Clojure", "Clojure"],
  ["Clue", "Clue"],
  ["CodeQL", "CodeQL"],
  ["CoffeeScript", "CoffeeScript"],
  ["ColdFusion", "ColdFusion"],
  ["ColdFusion CFC", "ColdFusion"],
  ["Common Lisp", "Common Lisp"],
  ["Common Workflow Language", "Common Workflow Language"],
  ["Component Pascal", "Component Pascal"],
  ["Cool", "Cool"],
  ["Crystal", "Crystal"],
  ["Csound", "Csound"],
  ["Csound Document", "Csound Document"],
  ["Csound Score", "Csound Score"],
  ["Cuda", "Cuda"],
  ["Curry", "Curry"],
  ["Cycript", "Cycript"],
  ["Cypher", "Cypher"],
  ["Cython", "Cython"],
  ["D", "D"],
  ["DIGITAL Command Language", "DIGITAL Command Language"],
  ["DM", "DM"],
  ["DTrace", "DTrace"],
  ["Dafny", "Dafny"],
  ["Dart", "Dart"],
  ["Daslang", "Daslang"],
  ["DataWeave", "DataWeave"],
  ["DenizenScript", "DenizenScript"],
  ["Dhall", "Dhall"],
  ["Dockerfile", "Dockerfile"],
  ["Dogescript", "Dogescript"],
  ["Dune", "Dune"],
  ["Dylan", "Dylan"],
  ["E", "E"],
  ["ECL", "ECL"],
  ["ECLiPSe", "Prolog"],
  ["EQ", "EQ"],
  ["Earthly", "Earthly"],
  ["EdgeQL", "EdgeQL"],
  ["Eiffel", "Eiffel"],
  ["Elixir", "Elixir"],
  ["Elm", "Elm"],
  ["Elvish", "Elvish"],
  ["Elvish Transcript", "Elvish"],
  ["Emacs Lisp", "Emacs Lisp"],
  ["EmberScript", "EmberScript"],
  ["Erlang", "Erlang"],
  ["Euphoria", "Euphoria"],
  ["F#", "F#"],
  ["F*", "F*"],
  ["FIRRTL", "FIRRTL"],
  ["FLUX", "FLUX"],
  ["FPP", "FPP"],
  ["Factor", "Factor"],
  ["Fancy", "Fancy"],
  ["Fantom", "Fantom"],
  ["Faust", "Faust"],
  ["Fennel", "Fennel"],
  ["Filebench WML", "Filebench WML"],
  ["Filterscript", "RenderScript"],
  ["Flix", "Flix"],
  ["Fluent", "Fluent"],
  ["Forth", "Forth"],
  ["Fortran", "Fortran"],
  ["Fortran Free Form", "Fortran"],
  ["FreeBASIC", "FreeBASIC"],
  ["FreeMarker", "FreeMarker"],
  ["Frege", "Frege"],
  ["Futhark", "Futhark"],
  ["G-code", "G-code"],
  ["GAML", "GAML"],
  ["GAMS", "GAMS"],
  ["GAP", "GAP"],
  ["GCC Machine Description", "GCC Machine Description"],
  ["GDB", "GDB"],
  ["GDScript", "GDScript"],
  ["GDShader", "GDShader"],
  ["GLSL", "GLSL"],
  ["GSC", "GSC"],
  ["Game Maker Language", "Game Maker Language"],
  ["Genero 4gl", "Genero 4gl"],
  ["Genie", "Genie"],
  ["Genshi", "Genshi"],
  ["Gentoo Ebuild", "Shell"],
  ["Gentoo Eclass", "Shell"],
  ["Gherkin", "Gherkin"],
  ["Gleam", "Gleam"],
  ["Glimmer JS", "JavaScript"],
  ["Glimmer TS", "TypeScript"],
  ["Glyph", "Glyph"],
  ["Gno", "Gno"],
  ["Gnuplot", "Gnuplot"],
  ["Go", "Go"],
  ["Golo", "Golo"],
  ["Gosu", "Gosu"],
  ["Grace", "Grace"],
  ["Grammatical Framework", "Grammatical Framework"],
  ["Groovy", "Groovy"],
  ["Groovy Server Pages", "Groovy"],
  ["HCL", "HCL"],
  ["HIP", "HIP"],
  ["HLSL", "HLSL"],
  ["Hack", "Hack"],
  ["Harbour", "Harbour"],
  ["Hare", "Hare"],
  ["Haskell", "Haskell"],
  ["Haxe", "Haxe"],
  ["HiveQL", "HiveQL"],
  ["HolyC", "HolyC"],
  ["Hurl", "Hurl"],
  ["Hy", "Hy"],
  ["HyPhy", "HyPhy"],
  ["IDL", "IDL"],
  ["IGOR Pro", "IGOR Pro"],
  ["IL Assembly", "IL Assembly"],
  ["ISPC", "ISPC"],
  ["Idris", "Idris"],
  ["ImHex Pattern Language", "ImHex Pattern Language"],
  ["ImageJ Macro", "ImageJ Macro"],
  ["Imba", "Imba"],
  ["Inform 7", "Inform 7"],
  ["Ink", "Ink"],
  ["Inno Setup", "Inno Setup"],
  ["Io", "Io"],
  ["Ioke", "Ioke"],
  ["Isabelle", "Isabelle"],
  ["Isabelle ROOT", "Isabelle"],
  ["J", "J"],
  ["JASS", "JASS"],
  ["JCL", "JCL"],
  ["JFlex", "Lex"],
  ["JSONiq", "JSONiq"],
  ["Jac", "Jac"],
  ["Jai", "Jai"],
  ["Janet", "Janet"],
  ["Jasmin", "Jasmin"],
  ["Java", "Java"],
  ["Java Server Pages", "Java"],
  ["Java Template Engine", "Java"],
  ["JavaScript", "JavaScript"],
  ["JavaScript+ERB", "JavaScript"],
  ["JetBrains MPS", "JetBrains MPS"],
  ["Jison", "Yacc"],
  ["Jison Lex", "Lex"],
  ["Jolie", "Jolie"],
  ["Jsonnet", "Jsonnet"],
  ["Julia", "Julia"],
  ["Julia REPL", "Julia"],
  ["Just", "Just"],
  ["KCL", "KCL"],
  ["KFramework", "KFramework"],
  ["KRL", "KRL"],
  ["Kaitai Struct", "Kaitai Struct"],
  ["KakouneScript", "KakouneScript"],
  ["KerboScript", "KerboScript"],
  ["KoLmafia ASH", "KoLmafia ASH"],
  ["Koka", "Koka"],
  ["Kotlin", "Kotlin"],
  ["LFE", "LFE"],
  ["LLVM", "LLVM"],
  ["LOLCODE", "LOLCODE"],
  ["LSL", "LSL"],
  ["LabVIEW", "LabVIEW"],
  ["Lambdapi", "Lambdapi"],
  ["Langium", "Langium"],
  ["Lasso", "Lasso"],
  ["Lean", "Lean"],
  ["Lean 4", "Lean"],
  ["Leo", "Leo"],
  ["Lex", "Lex"],
  ["LigoLANG", "LigoLANG"],
  ["LilyPond", "LilyPond"],
  ["Limbo", "Limbo"],
  ["Linear Programming", "Linear Programming"],
  ["Linker Script", "Linker Script"],
  ["Liquidsoap", "Liquidsoap"],
  ["Literate Agda", "Agda"],
  ["Literate CoffeeScript", "CoffeeScript"],
  ["Literate Haskell", "Haskell"],
  ["LiveCode Script", "LiveCode Script"],
  ["LiveScript", "LiveScript"],
  ["Lobster", "Lobster"],
  ["Logos", "Logos"],
  ["Logtalk", "Logtalk"],
  ["LookML", "LookML"],
  ["LoomScript", "LoomScript"],
  ["Lua", "Lua"],
  ["Luau", "Luau"],
  ["M", "M"],
  ["M4", "M4"],
  ["M4Sugar", "M4"],
  ["MATLAB", "MATLAB"],
  ["MAXScript", "MAXScript"],
  ["MLIR", "MLIR"],
  ["MQL4", "MQL4"],
  ["MQL5", "MQL5"],
  ["MUF", "Forth"],
  ["Macaulay2", "Macaulay2"],
  ["Makefile", "Makefile"],
  ["Mako", "Mako"],
  ["Mathematical Programming System", "Mathematical Programming System"],
  ["Max", "Max"],
  ["MeTTa", "MeTTa"],
  ["Mercury", "Mercury"],
  ["Meson", "Meson"],
  ["Metal", "Metal"],
  ["MiniD", "MiniD"],
  ["MiniScript", "MiniScript"],
  ["MiniZinc", "MiniZinc"],
  ["Mint", "Mint"],
  ["Mirah", "Mirah"],
  ["Modelica", "Modelica"],
  ["Modula-2", "Modula-2"],
  ["Modula-3", "Modula-3"],
  ["Module Management System", "Module Management System"],
  ["Mojo", "Mojo"],
  ["Monkey", "Monkey"],
  ["Monkey C", "Monkey C"],
  ["Moocode", "Moocode"],
  ["MoonBit", "MoonBit"],
  ["MoonScript", "MoonScript"],
  ["Motoko", "Motoko"],
  ["Motorola 68K Assembly", "Assembly"],
  ["Move", "Move"],
  ["Myghty", "Myghty"],
  ["NASL", "NASL"],
  ["NCL", "NCL"],
  ["NMODL", "NMODL"],
  ["NSIS", "NSIS"],
  ["NWScript", "NWScript"],
  ["Nasal", "Nasal"],
  ["Nearley", "Nearley"],
  ["Nemerle", "Nemerle"],
  ["NetLinx", "NetLinx"],
  ["NetLinx+ERB", "NetLinx+ERB"],
  ["NetLogo", "NetLogo"],
  ["NewLisp", "NewLisp"],
  ["Nextflow", "Nextflow"],
  ["Nickel", "Nickel"],
  ["Nim", "Nim"],
  ["Nit", "Nit"],
  ["Nix", "Nix"],
  ["Noir", "Noir"],
  ["Nu", "Nu"],
  ["NumPy", "Python"],
  ["Nushell", "Nushell"],
  ["OCaml", "OCaml"],
  ["OMNeT++ MSG", "OMNeT++ MSG"],
  ["OMNeT++ NED", "OMNeT++ NED"],
  ["Oberon", "Oberon"],
  ["ObjectScript", "ObjectScript"],
  ["Objective-C", "Objective-C"],
  ["Objective-C++", "Objective-C++"],
  ["Objective-J", "Objective-J"],
  ["Odin", "Odin"],
  ["Omgrofl", "Omgrofl"],
  ["Opa", "Opa"],
  ["Opal", "Opal"],
  ["Open Policy Agent", "Open Policy Agent"],
  ["OpenCL", "C"],
  ["OpenEdge ABL", "OpenEdge ABL"],
  ["OpenQASM", "OpenQASM"],
  ["OpenRC runscript", "Shell"],
  ["OpenSCAD", "OpenSCAD"],
  ["OverPy", "OverPy"],
  ["OverpassQL", "OverpassQL"],
  ["Ox", "Ox"],
  ["Oxygene", "Oxygene"],
  ["Oz", "Oz"],
  ["P4", "P4"],
  ["PDDL", "PDDL"],
  ["PEG.js", "PEG.js"],
  ["PHP", "PHP"],
  ["PLSQL", "PLSQL"],
  ["PLpgSQL", "PLpgSQL"],
  ["POV-Ray SDL", "POV-Ray SDL"],
  ["Pact", "Pact"],
  ["Pan", "Pan"],
  ["Papyrus", "Papyrus"],
  ["Parrot", "Parrot"],
  ["Parrot Assembly", "Parrot"],
  ["Parrot Internal Representation", "Parrot"],
  ["Pascal", "Pascal"],
  ["Pawn", "Pawn"],
  ["Pep8", "Pep8"],
  ["Perl", "Perl"],
  ["PicoLisp", "PicoLisp"],
  ["PigLatin", "PigLatin"],
  ["Pike", "Pike"],
  ["Pkl", "Pkl"],
  ["PogoScript", "PogoScript"],
  ["Polar", "Polar"],
  ["Pony", "Pony"],
  ["Portugol", "Portugol"],
  ["Power Query", "Power Query"],
  ["PowerBuilder", "PowerBuilder"],
  ["PowerShell", "PowerShell"],
  ["Praat", "Praat"],
  ["Pro*C", "Pro*C"],
  ["Processing", "Processing"],
  ["Procfile", "Procfile"],
  ["Prolog", "Prolog"],
  ["Promela", "Promela"],
  ["Propeller Spin", "Propeller Spin"],
  ["Puppet", "Puppet"],
  ["PureBasic", "PureBasic"],
  ["PureScript", "PureScript"],
  ["Pyret", "Pyret"],
  ["Python", "Python"],
  ["Python console", "Python"],
  ["Q#", "Q#"],
  ["QML", "QML"],
  ["QMake", "QMake"],
  ["Qt Script", "Qt Script"],
  ["Quake", "Quake"],
  ["QuakeC", "QuakeC"],
  ["QuickBASIC", "QuickBASIC"],
  ["Quint", "Quint"],
  ["R", "R"],
  ["RAScript", "RAScript"],
  ["REALbasic", "REALbasic"],
  ["REXX", "REXX"],
  ["RPC", "RPC"],
  ["RPGLE", "RPGLE"],
  ["Racket", "Racket"],
  ["Ragel", "Ragel"],
  ["Raku", "Raku"],
  ["Rascal", "Rascal"],
  ["ReScript", "ReScript"],
  ["Reason", "Reason"],
  ["ReasonLIGO", "LigoLANG"],
  ["Rebol", "Rebol"],
  ["Red", "Red"],
  ["Redcode", "Redcode"],
  ["Redscript", "Redscript"],
  ["Ren'Py", "Ren'Py"],
  ["RenderScript", "RenderScript"],
  ["Rez", "Rez"],
  ["Rhai", "Rhai"],
  ["Ring", "Ring"],
  ["RobotFramework", "RobotFramework"],
  ["Roc", "Roc"],
  ["Rocq Prover", "Rocq Prover"],
  ["Rouge", "Rouge"],
  ["RouterOS Script", "RouterOS Script"],
  ["Ruby", "Ruby"],
  ["Rust", "Rust"],
  ["SAS", "SAS"],
  ["SIP", "SIP"],
  ["SMT", "SMT"],
  ["SQF", "SQF"],
  ["SQLPL", "SQLPL"],
  ["SWIG", "SWIG"],
  ["Sage", "Sage"],
  ["Sail", "Sail"],
  ["Salt", "Salt"],
  ["Scala", "Scala"],
  ["Scenic", "Scenic"],
  ["Scheme", "Scheme"],
  ["Scilab", "Scilab"],
  ["Self", "Self"],
  ["ShaderLab", "ShaderLab"],
  ["Shell", "Shell"],
  ["ShellSession", "ShellSession"],
  ["Shen", "Shen"],
  ["Sieve", "Sieve"],
  ["Singularity", "Singularity"],
  ["Slang", "Slang"],
  ["Slash", "Slash"],
  ["Slice", "Slice"],
  ["SmPL", "SmPL"],
  ["Smali", "Smali"],
  ["Smalltalk", "Smalltalk"],
  ["Smarty", "Smarty"],
  ["Smithy", "Smithy"],
  ["Snakemake", "Python"],
  ["Solidity", "Solidity"],
  ["SourcePawn", "SourcePawn"],
  ["Squirrel", "Squirrel"],
  ["Stan", "Stan"],
  ["Standard ML", "Standard ML"],
  ["Starlark", "Starlark"],
  ["Stata", "Stata"],
  ["SuperCollider", "SuperCollider"],
  ["SurrealQL", "SurrealQL"],
  ["Sway", "Sway"],
  ["Swift", "Swift"],
  ["SystemVerilog", "SystemVerilog"],
  ["TI Program", "TI Program"],
  ["TL-Verilog", "TL-Verilog"],
  ["TLA", "TLA"],
  ["TSQL", "TSQL"],
  ["TSX", "TypeScript"],
  ["TXL", "TXL"],
  ["Tact", "Tact"],
  ["Talon", "Talon"],
  ["Tape", "Tape"],
  ["Tcl", "Tcl"],
  ["Tcsh", "Shell"],
  ["Teal", "Teal"],
  ["Terra", "Terra"],
  ["Thrift", "Thrift"],
  ["Toit", "Toit"],
  ["Tolk", "Tolk"],
  ["Tree-sitter Query", "Tree-sitter Query"],
  ["Turing", "Turing"],
  ["TypeScript", "TypeScript"],
  ["TypeSpec", "TypeSpec"],
  ["Typst", "Typst"],
  ["Unified Parallel C", "C"],
  ["Unix Assembly", "Assembly"],
  ["Uno", "Uno"],
  ["UnrealScript", "UnrealScript"],
  ["Untyped Plutus Core", "Untyped Plutus Core"],
  ["UrWeb", "UrWeb"],
  ["V", "V"],
  ["VBA", "VBA"],
  ["VBScript", "VBScript"],
  ["VCL", "VCL"],
  ["VHDL", "VHDL"],
  ["Vala", "Vala"],
  ["Verilog", "Verilog"],
  ["Verse", "Verse"],
  ["Vim script", "Vim script"],
  ["Visual Basic .NET", "Visual Basic .NET"],
  ["Visual Basic 6.0", "Visual Basic 6.0"],
  ["Volt", "Volt"],
  ["Vyper", "Vyper"],
  ["WDL", "WDL"],
  ["WGSL", "WGSL"],
  ["WebAssembly", "WebAssembly"],
  ["WebIDL", "WebIDL"],
  ["Whiley", "Whiley"],
  ["Witcher Script", "Witcher Script"],
  ["Wolfram Language", "Wolfram Language"],
  ["Wollok", "Wollok"],
  ["Wren", "Wren"],
  ["X10", "X10"],
  ["XC", "XC"],
  ["XProc", "XProc"],
  ["XQuery", "XQuery"],
  ["XS", "XS"],
  ["XSLT", "XSLT"],
  ["Xmake", "Xmake"],
  ["Xojo", "Xojo"],
  ["Xonsh", "Xonsh"],
  ["Xtend", "Xtend"],
  ["YARA", "YARA"],
  ["Yacc", "Yacc"],
  ["Yul", "Yul"],
  ["ZAP", "ZAP"],
  ["ZIL", "ZIL"],
  ["Zeek", "Zeek"],
  ["ZenScript", "ZenScript"],
  ["Zephir", "Zephir"],
  ["Zig", "Zig"],
  ["Zimpl", "Zimpl"],
  ["eC", "eC"],
  ["fish", "Shell"],
  ["hoon", "hoon"],
  ["jq", "jq"],
  ["mIRC Script", "mIRC Script"],
  ["mcfunction", "mcfunction"],
  ["mupad", "mupad"],
  ["nesC", "nesC"],
  ["ooc", "ooc"],
  ["q", "q"],
  ["sed", "sed"],
  ["ucode", "ucode"],
  ["wisp", "wisp"],
  ["xBase", "xBase"]
];
var ALIAS_ENTRIES = [
  ["1c enterprise", "1C Enterprise"],
  ["4d", "4D"],
  ["abap", "ABAP"],
  ["abap cds", "ABAP CDS"],
  ["abl", "OpenEdge ABL"],
  ["abuild", "Alpine Abuild"],
  ["actionscript", "ActionScript"],
  ["actionscript 3", "ActionScript"],
  ["actionscript3", "ActionScript"],
  ["ada", "Ada"],
  ["ada2005", "Ada"],
  ["ada95", "Ada"],
  ["advpl", "xBase"],
  ["agda", "Agda"],
  ["ags", "AGS Script"],
  ["ags script", "AGS Script"],
  ["ahk", "AutoHotkey"],
  ["aidl", "AIDL"],
  ["aiken", "Aiken"],
  ["al", "AL"],
  ["aleo", "Aleo"],
  ["algol", "ALGOL"],
  ["alloy", "Alloy"],
  ["alpine abuild", "Alpine Abuild"],
  ["ampl", "AMPL"],
  ["angelscript", "AngelScript"],
  ["answer set programming", "Answer Set Programming"],
  ["antlr", "ANTLR"],
  ["apex", "Apex"],
  ["apkbuild", "Alpine Abuild"],
  ["apl", "APL"],
  ["apollo guidance computer", "Apollo Guidance Computer"],
  ["apples", "AppleScript"],
  ["applescript", "AppleScript"],
  ["arc", "Arc"],
  ["arexx", "REXX"],
  ["as3", "ActionScript"],
  ["asl", "ASL"],
  ["asm", "Assembly"],
  ["asp", "Classic ASP"],
  ["asp.net", "ASP.NET"],
  ["aspectj", "AspectJ"],
  ["aspx", "ASP.NET"],
  ["aspx-vb", "ASP.NET"],
  ["assembly", "Assembly"],
  ["asymptote", "Asymptote"],
  ["ats", "ATS"],
  ["ats2", "ATS"],
  ["au3", "AutoIt"],
  ["augeas", "Augeas"],
  ["autoconf", "M4Sugar"],
  ["autohotkey", "AutoHotkey"],
  ["autoit", "AutoIt"],
  ["autoit3", "AutoIt"],
  ["autoitscript", "AutoIt"],
  ["awk", "Awk"],
  ["b", "B"],
  ["b (formal method)", "B (Formal Method)"],
  ["b3d", "BlitzBasic"],
  ["b4x", "B4X"],
  ["ballerina", "Ballerina"],
  ["baml", "BAML"],
  ["bash", "Shell"],
  ["bash session", "ShellSession"],
  ["basic", "BASIC"],
  ["basic for android", "B4X"],
  ["bat", "Batchfile"],
  ["batch", "Batchfile"],
  ["batchfile", "Batchfile"],
  ["bazel", "Starlark"],
  ["be", "Berry"],
  ["beef", "Beef"],
  ["befunge", "Befunge"],
  ["berry", "Berry"],
  ["bh", "Bluespec BH"],
  ["bibtex style", "BibTeX Style"],
  ["bicep", "Bicep"],
  ["bison", "Bison"],
  ["bitbake", "BitBake"],
  ["blitz3d", "BlitzBasic"],
  ["blitzbasic", "BlitzBasic"],
  ["blitzmax", "BlitzMax"],
  ["blitzplus", "BlitzBasic"],
  ["bluespec", "Bluespec"],
  ["bluespec bh", "Bluespec BH"],
  ["bluespec bsv", "Bluespec"],
  ["bluespec classic", "Bluespec BH"],
  ["bmax", "BlitzMax"],
  ["boo", "Boo"],
  ["boogie", "Boogie"],
  ["bplus", "BlitzBasic"],
  ["bqn", "BQN"],
  ["brainfuck", "Brainfuck"],
  ["brighterscript", "BrighterScript"],
  ["brightscript", "Brightscript"],
  ["bro", "Zeek"],
  ["bsdmake", "Makefile"],
  ["bsv", "Bluespec"],
  ["byond", "DM"],
  ["bzl", "Starlark"],
  ["c", "C"],
  ["c#", "C#"],
  ["c++", "C++"],
  ["c2hs", "C2hs Haskell"],
  ["c2hs haskell", "C2hs Haskell"],
  ["c3", "C3"],
  ["cadence", "Cadence"],
  ["cairo", "Cairo"],
  ["cairo zero", "Cairo Zero"],
  ["cake", "C#"],
  ["cakescript", "C#"],
  ["cameligo", "CameLIGO"],
  ["cangjie", "Cangjie"],
  ["cap cds", "CAP CDS"],
  ["cap'n proto", "Cap'n Proto"],
  ["carbon", "Carbon"],
  ["carto", "CartoCSS"],
  ["cartocss", "CartoCSS"],
  ["cask", "Emacs Lisp"],
  ["cds", "CAP CDS"],
  ["ceylon", "Ceylon"],
  ["cfc", "ColdFusion CFC"],
  ["cfm", "ColdFusion"],
  ["cfml", "ColdFusion"],
  ["chapel", "Chapel"],
  ["charity", "Charity"],
  ["chpl", "Chapel"],
  ["chuck", "ChucK"],
  ["circom", "Circom"],
  ["cirru", "Cirru"],
  ["clarion", "Clarion"],
  ["clarity", "Clarity"],
  ["classic asp", "Classic ASP"],
  ["classic qbasic", "QuickBASIC"],
  ["classic quickbasic", "QuickBASIC"],
  ["classic visual basic", "Visual Basic 6.0"],
  ["clean", "Clean"],
  ["click", "Click"],
  ["clipper", "xBase"],
  ["clips", "CLIPS"],
  ["clojure", "Clojure"],
  ["clue", "Clue"],
  ["cmake", "CMake"],
  ["cobol", "COBOL"],
  ["coccinelle", "SmPL"],
  ["codeql", "CodeQL"],
  ["coffee", "CoffeeScript"],
  ["coffee-script", "CoffeeScript"],
  ["coffeescript", "CoffeeScript"],
  ["coldfusion", "ColdFusion"],
  ["coldfusion cfc", "ColdFusion CFC"],
  ["coldfusion html", "ColdFusion"],
  ["common lisp", "Common Lisp"],
  ["common workflow language", "Common Workflow Language"],
  ["component pascal", "Component Pascal"],
  ["console", "ShellSession"],
  ["containerfile", "Dockerfile"],
  ["cool", "Cool"],
  ["coq", "Rocq Prover"],
  ["cperl", "Perl"],
  ["cpp", "C++"],
  ["cql", "CQL"],
  ["crystal", "Crystal"],
  ["csharp", "C#"],
  ["csound", "Csound"],
  ["csound document", "Csound Document"],
  ["csound score", "Csound Score"],
  ["csound-csd", "Csound Document"],
  ["csound-orc", "Csound"],
  ["csound-sco", "Csound Score"],
  ["cucumber", "Gherkin"],
  ["cuda", "Cuda"],
  ["cue", "CUE"],
  ["curry", "Curry"],
  ["cweb", "CWeb"],
  ["cwl", "Common Workflow Language"],
  ["cycript", "Cycript"],
  ["cypher", "Cypher"],
  ["cython", "Cython"],
  ["d", "D"],
  ["dafny", "Dafny"],
  ["dart", "Dart"],
  ["daslang", "Daslang"],
  ["dataweave", "DataWeave"],
  ["dcl", "DIGITAL Command Language"],
  ["delphi", "Pascal"],
  ["denizenscript", "DenizenScript"],
  ["dhall", "Dhall"],
  ["digital command language", "DIGITAL Command Language"],
  ["dlang", "D"],
  ["dm", "DM"],
  ["dockerfile", "Dockerfile"],
  ["dogescript", "Dogescript"],
  ["dosbatch", "Batchfile"],
  ["dtrace", "DTrace"],
  ["dtrace-script", "DTrace"],
  ["dune", "Dune"],
  ["dylan", "Dylan"],
  ["e", "E"],
  ["earthfile", "Earthly"],
  ["earthly", "Earthly"],
  ["eask", "Emacs Lisp"],
  ["ec", "eC"],
  ["ecl", "ECL"],
  ["eclipse", "ECLiPSe"],
  ["edgeql", "EdgeQL"],
  ["eiffel", "Eiffel"],
  ["elisp", "Emacs Lisp"],
  ["elixir", "Elixir"],
  ["elm", "Elm"],
  ["elvish", "Elvish"],
  ["elvish transcript", "Elvish Transcript"],
  ["emacs", "Emacs Lisp"],
  ["emacs lisp", "Emacs Lisp"],
  ["emberscript", "EmberScript"],
  ["envrc", "Shell"],
  ["eq", "EQ"],
  ["erlang", "Erlang"],
  ["esdl", "EdgeQL"],
  ["euphoria", "Euphoria"],
  ["f#", "F#"],
  ["f*", "F*"],
  ["factor", "Factor"],
  ["fancy", "Fancy"],
  ["fantom", "Fantom"],
  ["faust", "Faust"],
  ["fb", "FreeBASIC"],
  ["fennel", "Fennel"],
  ["filebench wml", "Filebench WML"],
  ["filterscript", "Filterscript"],
  ["firrtl", "FIRRTL"],
  ["fish", "fish"],
  ["flex", "Lex"],
  ["flix", "Flix"],
  ["fluent", "Fluent"],
  ["flux", "FLUX"],
  ["forth", "Forth"],
  ["fortran", "Fortran"],
  ["fortran free form", "Fortran Free Form"],
  ["foxpro", "xBase"],
  ["fpp", "FPP"],
  ["freebasic", "FreeBASIC"],
  ["freemarker", "FreeMarker"],
  ["frege", "Frege"],
  ["fsharp", "F#"],
  ["fstar", "F*"],
  ["ftl", "FreeMarker"],
  ["futhark", "Futhark"],
  ["g-code", "G-code"],
  ["game maker language", "Game Maker Language"],
  ["gaml", "GAML"],
  ["gams", "GAMS"],
  ["gap", "GAP"],
  ["gas", "Unix Assembly"],
  ["gcc machine description", "GCC Machine Description"],
  ["gdb", "GDB"],
  ["gdscript", "GDScript"],
  ["gdshader", "GDShader"],
  ["genero 4gl", "Genero 4gl"],
  ["genie", "Genie"],
  ["genshi", "Genshi"],
  ["gentoo ebuild", "Gentoo Ebuild"],
  ["gentoo eclass", "Gentoo Eclass"],
  ["gf", "Grammatical Framework"],
  ["gherkin", "Gherkin"],
  ["gjs", "Glimmer JS"],
  ["gleam", "Gleam"],
  ["glimmer js", "Glimmer JS"],
  ["glimmer ts", "Glimmer TS"],
  ["glsl", "GLSL"],
  ["glyph", "Glyph"],
  ["gno", "Gno"],
  ["gnolang", "Gno"],
  ["gnu asm", "Unix Assembly"],
  ["gnuplot", "Gnuplot"],
  ["go", "Go"],
  ["golang", "Go"],
  ["golo", "Golo"],
  ["gosu", "Gosu"],
  ["grace", "Grace"],
  ["grammatical framework", "Grammatical Framework"],
  ["groovy", "Groovy"],
  ["groovy server pages", "Groovy Server Pages"],
  ["gsc", "GSC"],
  ["gsp", "Groovy Server Pages"],
  ["gts", "Glimmer TS"],
  ["hack", "Hack"],
  ["harbour", "Harbour"],
  ["hare", "Hare"],
  ["hashicorp configuration language", "HCL"],
  ["haskell", "Haskell"],
  ["haxe", "Haxe"],
  ["hcl", "HCL"],
  ["hip", "HIP"],
  ["hiveql", "HiveQL"],
  ["hlsl", "HLSL"],
  ["holyc", "HolyC"],
  ["hoon", "hoon"],
  ["hurl", "Hurl"],
  ["hy", "Hy"],
  ["hylang", "Hy"],
  ["hyphy", "HyPhy"],
  ["i7", "Inform 7"],
  ["idl", "IDL"],
  ["idris", "Idris"],
  ["igor", "IGOR Pro"],
  ["igor pro", "IGOR Pro"],
  ["igorpro", "IGOR Pro"],
  ["ijm", "ImageJ Macro"],
  ["il assembly", "IL Assembly"],
  ["ilasm", "IL Assembly"],
  ["ile rpg", "RPGLE"],
  ["imagej macro", "ImageJ Macro"],
  ["imba", "Imba"],
  ["imhex", "ImHex Pattern Language"],
  ["imhex pattern language", "ImHex Pattern Language"],
  ["imhexpatternlanguage", "ImHex Pattern Language"],
  ["imhexpl", "ImHex Pattern Language"],
  ["inc", "PHP"],
  ["inform 7", "Inform 7"],
  ["inform7", "Inform 7"],
  ["ink", "Ink"],
  ["inno setup", "Inno Setup"],
  ["io", "Io"],
  ["ioke", "Ioke"],
  ["isabelle", "Isabelle"],
  ["isabelle root", "Isabelle ROOT"],
  ["ispc", "ISPC"],
  ["j", "J"],
  ["jac", "Jac"],
  ["jai", "Jai"],
  ["janet", "Janet"],
  ["jasmin", "Jasmin"],
  ["jass", "JASS"],
  ["jass2", "JASS"],
  ["java", "Java"],
  ["java server page", "Groovy Server Pages"],
  ["java server pages", "Java Server Pages"],
  ["java template engine", "Java Template Engine"],
  ["javascript", "JavaScript"],
  ["javascript+erb", "JavaScript+ERB"],
  ["jcl", "JCL"],
  ["jetbrains mps", "JetBrains MPS"],
  ["jflex", "JFlex"],
  ["jison", "Jison"],
  ["jison lex", "Jison Lex"],
  ["jolie", "Jolie"],
  ["jq", "jq"],
  ["jruby", "Ruby"],
  ["js", "JavaScript"],
  ["jsoniq", "JSONiq"],
  ["jsonnet", "Jsonnet"],
  ["jsp", "Java Server Pages"],
  ["jte", "Java Template Engine"],
  ["julia", "Julia"],
  ["julia repl", "Julia REPL"],
  ["just", "Just"],
  ["justfile", "Just"],
  ["kaitai struct", "Kaitai Struct"],
  ["kak", "KakouneScript"],
  ["kakounescript", "KakouneScript"],
  ["kakscript", "KakouneScript"],
  ["kcl", "KCL"],
  ["kerboscript", "KerboScript"],
  ["kframework", "KFramework"],
  ["koka", "Koka"],
  ["kolmafia ash", "KoLmafia ASH"],
  ["kotlin", "Kotlin"],
  ["krl", "KRL"],
  ["ksy", "Kaitai Struct"],
  ["labview", "LabVIEW"],
  ["lambdapi", "Lambdapi"],
  ["langium", "Langium"],
  ["lasso", "Lasso"],
  ["lassoscript", "Lasso"],
  ["lean", "Lean"],
  ["lean 4", "Lean 4"],
  ["lean4", "Lean 4"],
  ["leo", "Leo"],
  ["lex", "Lex"],
  ["lfe", "LFE"],
  ["lhaskell", "Literate Haskell"],
  ["lhs", "Literate Haskell"],
  ["ligolang", "LigoLANG"],
  ["lilypond", "LilyPond"],
  ["limbo", "Limbo"],
  ["linear programming", "Linear Programming"],
  ["linker script", "Linker Script"],
  ["liquidsoap", "Liquidsoap"],
  ["lisp", "Common Lisp"],
  ["litcoffee", "Literate CoffeeScript"],
  ["literate agda", "Literate Agda"],
  ["literate coffeescript", "Literate CoffeeScript"],
  ["literate haskell", "Literate Haskell"],
  ["live-script", "LiveScript"],
  ["livecode script", "LiveCode Script"],
  ["livescript", "LiveScript"],
  ["llvm", "LLVM"],
  ["lobster", "Lobster"],
  ["logos", "Logos"],
  ["logtalk", "Logtalk"],
  ["lolcode", "LOLCODE"],
  ["lookml", "LookML"],
  ["loomscript", "LoomScript"],
  ["ls", "LiveScript"],
  ["lsl", "LSL"],
  ["lua", "Lua"],
  ["luau", "Luau"],
  ["m", "M"],
  ["m2", "Macaulay2"],
  ["m4", "M4"],
  ["m4sugar", "M4Sugar"],
  ["m68k", "Motorola 68K Assembly"],
  ["macaulay2", "Macaulay2"],
  ["macruby", "Ruby"],
  ["make", "Makefile"],
  ["makefile", "Makefile"],
  ["mako", "Mako"],
  ["mathematica", "Wolfram Language"],
  ["mathematical programming system", "Mathematical Programming System"],
  ["matlab", "MATLAB"],
  ["max", "Max"],
  ["max/msp", "Max"],
  ["maxmsp", "Max"],
  ["maxscript", "MAXScript"],
  ["mcfunction", "mcfunction"],
  ["mercury", "Mercury"],
  ["meson", "Meson"],
  ["metal", "Metal"],
  ["metta", "MeTTa"],
  ["mf", "Makefile"],
  ["minid", "MiniD"],
  ["miniscript", "MiniScript"],
  ["minizinc", "MiniZinc"],
  ["mint", "Mint"],
  ["mirah", "Mirah"],
  ["mirc script", "mIRC Script"],
  ["mlir", "MLIR"],
  ["mma", "Wolfram Language"],
  ["modelica", "Modelica"],
  ["modula-2", "Modula-2"],
  ["modula-3", "Modula-3"],
  ["module management system", "Module Management System"],
  ["mojo", "Mojo"],
  ["monkey", "Monkey"],
  ["monkey c", "Monkey C"],
  ["moocode", "Moocode"],
  ["moonbit", "MoonBit"],
  ["moonscript", "MoonScript"],
  ["motoko", "Motoko"],
  ["motorola 68k assembly", "Motorola 68K Assembly"],
  ["move", "Move"],
  ["mps", "JetBrains MPS"],
  ["mql4", "MQL4"],
  ["mql5", "MQL5"],
  ["msil", "IL Assembly"],
  ["muf", "MUF"],
  ["mumps", "M"],
  ["mupad", "mupad"],
  ["myghty", "Myghty"],
  ["nargo", "Noir"],
  ["nasal", "Nasal"],
  ["nasl", "NASL"],
  ["nasm", "Assembly"],
  ["ncl", "NCL"],
  ["nearley", "Nearley"],
  ["nemerle", "Nemerle"],
  ["nesc", "nesC"],
  ["netlinx", "NetLinx"],
  ["netlinx+erb", "NetLinx+ERB"],
  ["netlogo", "NetLogo"],
  ["newlisp", "NewLisp"],
  ["nextflow", "Nextflow"],
  ["nickel", "Nickel"],
  ["nim", "Nim"],
  ["nit", "Nit"],
  ["nix", "Nix"],
  ["nixos", "Nix"],
  ["nmodl", "NMODL"],
  ["node", "JavaScript"],
  ["noir", "Noir"],
  ["nsis", "NSIS"],
  ["nu", "Nu"],
  ["nu-script", "Nushell"],
  ["numpy", "NumPy"],
  ["nush", "Nu"],
  ["nushell", "Nushell"],
  ["nushell-script", "Nushell"],
  ["nvim", "Vim script"],
  ["nwscript", "NWScript"],
  ["oberon", "Oberon"],
  ["obj-c", "Objective-C"],
  ["obj-c++", "Objective-C++"],
  ["obj-j", "Objective-J"],
  ["objc", "Objective-C"],
  ["objc++", "Objective-C++"],
  ["objective-c", "Objective-C"],
  ["objective-c++", "Objective-C++"],
  ["objective-j", "Objective-J"],
  ["objectivec", "Objective-C"],
  ["objectivec++", "Objective-C++"],
  ["objectivej", "Objective-J"],
  ["objectpascal", "Pascal"],
  ["objectscript", "ObjectScript"],
  ["objj", "Objective-J"],
  ["ocaml", "OCaml"],
  ["octave", "MATLAB"],
  ["odin", "Odin"],
  ["odin-lang", "Odin"],
  ["odinlang", "Odin"],
  ["omgrofl", "Omgrofl"],
  ["omnet++ msg", "OMNeT++ MSG"],
  ["omnet++ ned", "OMNeT++ NED"],
  ["omnetpp-msg", "OMNeT++ MSG"],
  ["omnetpp-ned", "OMNeT++ NED"],
  ["oncrpc", "RPC"],
  ["ooc", "ooc"],
  ["opa", "Opa"],
  ["opal", "Opal"],
  ["open policy agent", "Open Policy Agent"],
  ["opencl", "OpenCL"],
  ["openedge", "OpenEdge ABL"],
  ["openedge abl", "OpenEdge ABL"],
  ["openqasm", "OpenQASM"],
  ["openrc", "OpenRC runscript"],
  ["openrc runscript", "OpenRC runscript"],
  ["openscad", "OpenSCAD"],
  ["opentofu", "HCL"],
  ["opy", "OverPy"],
  ["osascript", "AppleScript"],
  ["overpassql", "OverpassQL"],
  ["overpy", "OverPy"],
  ["ox", "Ox"],
  ["oxygene", "Oxygene"],
  ["oz", "Oz"],
  ["p4", "P4"],
  ["pact", "Pact"],
  ["pan", "Pan"],
  ["papyrus", "Papyrus"],
  ["parrot", "Parrot"],
  ["parrot assembly", "Parrot Assembly"],
  ["parrot internal representation", "Parrot Internal Representation"],
  ["pascal", "Pascal"],
  ["pasm", "Parrot Assembly"],
  ["pawn", "Pawn"],
  ["pddl", "PDDL"],
  ["peg.js", "PEG.js"],
  ["pep8", "Pep8"],
  ["perl", "Perl"],
  ["perl-6", "Raku"],
  ["perl6", "Raku"],
  ["php", "PHP"],
  ["picolisp", "PicoLisp"],
  ["piglatin", "PigLatin"],
  ["pike", "Pike"],
  ["pir", "Parrot Internal Representation"],
  ["pkl", "Pkl"],
  ["plpgsql", "PLpgSQL"],
  ["plsql", "PLSQL"],
  ["pogoscript", "PogoScript"],
  ["polar", "Polar"],
  ["pony", "Pony"],
  ["portugol", "Portugol"],
  ["posh", "PowerShell"],
  ["pov-ray", "POV-Ray SDL"],
  ["pov-ray sdl", "POV-Ray SDL"],
  ["povray", "POV-Ray SDL"],
  ["power query", "Power Query"],
  ["powerbuilder", "PowerBuilder"],
  ["powerquery", "Power Query"],
  ["powershell", "PowerShell"],
  ["praat", "Praat"],
  ["pro*c", "Pro*C"],
  ["processing", "Processing"],
  ["procfile", "Procfile"],
  ["progress", "OpenEdge ABL"],
  ["prolog", "Prolog"],
  ["promela", "Promela"],
  ["propeller spin", "Propeller Spin"],
  ["puppet", "Puppet"],
  ["purebasic", "PureBasic"],
  ["purescript", "PureScript"],
  ["pwsh", "PowerShell"],
  ["py", "Python"],
  ["py3", "Python"],
  ["pycon", "Python console"],
  ["pyret", "Pyret"],
  ["pyrex", "Cython"],
  ["python", "Python"],
  ["python console", "Python console"],
  ["python3", "Python"],
  ["q", "q"],
  ["q#", "Q#"],
  ["qb", "QuickBASIC"],
  ["qb64", "QuickBASIC"],
  ["qbasic", "QuickBASIC"],
  ["ql", "CodeQL"],
  ["qmake", "QMake"],
  ["qml", "QML"],
  ["qsharp", "Q#"],
  ["qt script", "Qt Script"],
  ["quake", "Quake"],
  ["quakec", "QuakeC"],
  ["quickbasic", "QuickBASIC"],
  ["quint", "Quint"],
  ["r", "R"],
  ["racket", "Racket"],
  ["ragel", "Ragel"],
  ["ragel-rb", "Ragel"],
  ["ragel-ruby", "Ragel"],
  ["rake", "Ruby"],
  ["raku", "Raku"],
  ["rascal", "Rascal"],
  ["rascript", "RAScript"],
  ["rb", "Ruby"],
  ["rbx", "Ruby"],
  ["realbasic", "REALbasic"],
  ["reason", "Reason"],
  ["reasonligo", "ReasonLIGO"],
  ["rebol", "Rebol"],
  ["red", "Red"],
  ["red/system", "Red"],
  ["redcode", "Redcode"],
  ["redscript", "Redscript"],
  ["ren'py", "Ren'Py"],
  ["renderscript", "RenderScript"],
  ["renpy", "Ren'Py"],
  ["rescript", "ReScript"],
  ["rexx", "REXX"],
  ["rez", "Rez"],
  ["rhai", "Rhai"],
  ["ring", "Ring"],
  ["robotframework", "RobotFramework"],
  ["roc", "Roc"],
  ["rocq", "Rocq Prover"],
  ["rocq prover", "Rocq Prover"],
  ["rouge", "Rouge"],
  ["routeros script", "RouterOS Script"],
  ["rpc", "RPC"],
  ["rpcgen", "RPC"],
  ["rpgle", "RPGLE"],
  ["rs", "Rust"],
  ["rscript", "R"],
  ["ruby", "Ruby"],
  ["rust", "Rust"],
  ["rusthon", "Python"],
  ["sage", "Sage"],
  ["sail", "Sail"],
  ["salt", "Salt"],
  ["saltstack", "Salt"],
  ["saltstate", "Salt"],
  ["sas", "SAS"],
  ["scala", "Scala"],
  ["scenic", "Scenic"],
  ["scheme", "Scheme"],
  ["scilab", "Scilab"],
  ["sdc", "Tcl"],
  ["sed", "sed"],
  ["self", "Self"],
  ["sh", "Shell"],
  ["shaderlab", "ShaderLab"],
  ["shell", "Shell"],
  ["shell-script", "Shell"],
  ["shellsession", "ShellSession"],
  ["shen", "Shen"],
  ["sieve", "Sieve"],
  ["singularity", "Singularity"],
  ["sip", "SIP"],
  ["slang", "Slang"],
  ["slash", "Slash"],
  ["slice", "Slice"],
  ["smali", "Smali"],
  ["smalltalk", "Smalltalk"],
  ["smarty", "Smarty"],
  ["smithy", "Smithy"],
  ["sml", "Standard ML"],
  ["smpl", "SmPL"],
  ["smt", "SMT"],
  ["snakefile", "Snakemake"],
  ["snakemake", "Snakemake"],
  ["solidity", "Solidity"],
  ["sourcemod", "SourcePawn"],
  ["sourcepawn", "SourcePawn"],
  ["splus", "R"],
  ["sqf", "SQF"],
  ["sqlpl", "SQLPL"],
  ["sqlrpgle", "RPGLE"],
  ["squeak", "Smalltalk"],
  ["squirrel", "Squirrel"],
  ["stan", "Stan"],
  ["standard ml", "Standard ML"],
  ["starlark", "Starlark"],
  ["stata", "Stata"],
  ["supercollider", "SuperCollider"],
  ["surql", "SurrealQL"],
  ["surrealql", "SurrealQL"],
  ["sway", "Sway"],
  ["swift", "Swift"],
  ["swig", "SWIG"],
  ["systemverilog", "SystemVerilog"],
  ["tact", "Tact"],
  ["talon", "Talon"],
  ["tape", "Tape"],
  ["tcl", "Tcl"],
  ["tcsh", "Tcsh"],
  ["teal", "Teal"],
  ["terra", "Terra"],
  ["terraform", "HCL"],
  ["thrift", "Thrift"],
  ["ti program", "TI Program"],
  ["tl-verilog", "TL-Verilog"],
  ["tla", "TLA"],
  ["toit", "Toit"],
  ["tolk", "Tolk"],
  ["tree-sitter query", "Tree-sitter Query"],
  ["ts", "TypeScript"],
  ["tsp", "TypeSpec"],
  ["tsq", "Tree-sitter Query"],
  ["tsql", "TSQL"],
  ["tsx", "TSX"],
  ["turing", "Turing"],
  ["txl", "TXL"],
  ["typ", "Typst"],
  ["typescript", "TypeScript"],
  ["typescriptreact", "TSX"],
  ["typespec", "TypeSpec"],
  ["typst", "Typst"],
  ["ucode", "ucode"],
  ["unified parallel c", "Unified Parallel C"],
  ["unix asm", "Unix Assembly"],
  ["unix assembly", "Unix Assembly"],
  ["uno", "Uno"],
  ["unrealscript", "UnrealScript"],
  ["untyped plutus core", "Untyped Plutus Core"],
  ["ur", "UrWeb"],
  ["ur/web", "UrWeb"],
  ["urweb", "UrWeb"],
  ["v", "V"],
  ["vala", "Vala"],
  ["vb .net", "Visual Basic .NET"],
  ["vb 6", "Visual Basic 6.0"],
  ["vb.net", "Visual Basic .NET"],
  ["vb6", "Visual Basic 6.0"],
  ["vba", "VBA"],
  ["vbnet", "Visual Basic .NET"],
  ["vbscript", "VBScript"],
  ["vcl", "VCL"],
  ["verilog", "Verilog"],
  ["verse", "Verse"],
  ["vhdl", "VHDL"],
  ["vhs", "Tape"],
  ["vim", "Vim script"],
  ["vim script", "Vim script"],
  ["viml", "Vim script"],
  ["vimscript", "Vim script"],
  ["visual basic", "Visual Basic .NET"],
  ["visual basic .net", "Visual Basic .NET"],
  ["visual basic 6", "Visual Basic 6.0"],
  ["visual basic 6.0", "Visual Basic 6.0"],
  ["visual basic classic", "Visual Basic 6.0"],
  ["visual basic for applications", "VBA"],
  ["vlang", "V"],
  ["volt", "Volt"],
  ["vyper", "Vyper"],
  ["wasm", "WebAssembly"],
  ["wast", "WebAssembly"],
  ["wdl", "WDL"],
  ["webassembly", "WebAssembly"],
  ["webidl", "WebIDL"],
  ["wgsl", "WGSL"],
  ["whiley", "Whiley"],
  ["winbatch", "Batchfile"],
  ["wisp", "wisp"],
  ["witcher script", "Witcher Script"],
  ["wl", "Wolfram Language"],
  ["wolfram", "Wolfram Language"],
  ["wolfram lang", "Wolfram Language"],
  ["wolfram language", "Wolfram Language"],
  ["wollok", "Wollok"],
  ["workflow description language", "WDL"],
  ["wren", "Wren"],
  ["wrenlang", "Wren"],
  ["x10", "X10"],
  ["xbase", "xBase"],
  ["xc", "XC"],
  ["xdc", "Tcl"],
  ["xdr", "RPC"],
  ["xmake", "Xmake"],
  ["xml+genshi", "Genshi"],
  ["xml+kid", "Genshi"],
  ["xojo", "Xojo"],
  ["xonsh", "Xonsh"],
  ["xproc", "XProc"],
  ["xquery", "XQuery"],
  ["xs", "XS"],
  ["xsl", "XSLT"],
  ["xslt", "XSLT"],
  ["xten", "X10"],
  ["xtend", "Xtend"],
  ["yacc", "Yacc"],
  ["yara", "YARA"],
  ["yul", "Yul"],
  ["zap", "ZAP"],
  ["zeek", "Zeek"],
  ["zenscript", "ZenScript"],
  ["zephir", "Zephir"],
  ["zig", "Zig"],
  ["zil", "ZIL"],
  ["zimpl", "Zimpl"],
  ["zsh", "Shell"]
];

// src/core/2-classify/languages.ts
var AMBIGUOUS_EXTENSIONS = [
  { extension: ".cgi", language: "Perl", why: "CGI scripts are mostly Perl" },
  { extension: ".cls", language: "Apex", why: "Salesforce Apex classes are the common .cls code" },
  { extension: ".cs", language: "C#", why: "C# by far; Smalltalk file-outs are rare" },
  { extension: ".cue", language: "CUE", why: "CUE configuration language, not cue sheets" },
  { extension: ".d", language: "D", why: "D sources; make dependency files are usually ignored" },
  { extension: ".es", language: "JavaScript", why: "ES module sources" },
  { extension: ".ex", language: "Elixir", why: "Elixir, not Euphoria" },
  { extension: ".fcgi", language: "Python", why: "FastCGI entry scripts in web apps" },
  { extension: ".fs", language: "F#", why: "F# in .NET repositories" },
  {
    extension: ".h",
    language: "C",
    why: "C headers; C++ and Objective-C headers share the extension"
  },
  {
    extension: ".inc",
    language: "PHP",
    why: "PHP includes are the common .inc in web repositories"
  },
  { extension: ".l", language: "Lex", why: "lexer sources next to C code" },
  {
    extension: ".m",
    language: "Objective-C",
    why: "Objective-C; MATLAB code in a backend is rarer"
  },
  { extension: ".md", language: "Markdown", why: "Markdown prose, not GCC machine descriptions" },
  { extension: ".ml", language: "OCaml", why: "OCaml, not Standard ML" },
  { extension: ".mm", language: "Objective-C++", why: "Objective-C++ sources" },
  {
    extension: ".mod",
    language: "Modula-2",
    why: "rare everywhere; go.mod is matched by its file name first"
  },
  { extension: ".php", language: "PHP", why: "PHP, not Hack" },
  {
    extension: ".pkl",
    language: "Pickle",
    why: "pickled Python objects (often models), not Pkl sources"
  },
  { extension: ".pl", language: "Perl", why: "Perl scripts; Prolog and Raku are rarer" },
  { extension: ".pm", language: "Perl", why: "Perl modules" },
  { extension: ".pp", language: "Puppet", why: "Puppet manifests in infrastructure code" },
  { extension: ".pro", language: "QMake", why: "Qt project files" },
  { extension: ".r", language: "R", why: "R scripts (data work)" },
  { extension: ".rpy", language: "Python", why: "Python scripts" },
  { extension: ".rs", language: "Rust", why: "Rust, not RenderScript or XML" },
  { extension: ".s", language: "Unix Assembly", why: "GNU assembler sources" },
  { extension: ".sc", language: "Scala", why: "Scala scripts" },
  { extension: ".sol", language: "Solidity", why: "Solidity contracts, not Gerber files" },
  {
    extension: ".spec",
    language: "RPM Spec",
    why: "RPM spec files (data); PyInstaller specs are rarer"
  },
  {
    extension: ".sql",
    language: "SQL",
    why: "plain SQL (migrations, schemas) is data in linguist"
  },
  { extension: ".star", language: "Starlark", why: "Bazel and Tilt build files" },
  { extension: ".t", language: "Perl", why: "Perl test scripts" },
  { extension: ".ts", language: "TypeScript", why: "TypeScript, not Qt translation XML" },
  { extension: ".tsx", language: "TSX", why: "React components in TypeScript" },
  { extension: ".txt", language: "Text", why: "plain text" },
  { extension: ".v", language: "Verilog", why: "Verilog hardware descriptions" }
];
var BUILD_LANGUAGES = [
  "Batchfile",
  "Bicep",
  "CMake",
  "Dockerfile",
  "HCL",
  "Just",
  "Makefile",
  "Nix",
  "QMake",
  "Starlark"
];
var EXTENSIONS = new Map(EXTENSION_ENTRIES);
var FILENAMES = new Map(FILENAME_ENTRIES);
var ALIASES = new Map(ALIAS_ENTRIES);
var PROGRAMMING = new Map(PROGRAMMING_ENTRIES);
var PREFERRED = new Map(AMBIGUOUS_EXTENSIONS.map((a) => [a.extension, a.language]));
var BUILD = new Set(BUILD_LANGUAGES);
function pick(names, extension) {
  if (names.length <= 1) return names[0];
  const preferred = extension === void 0 ? void 0 : PREFERRED.get(extension);
  if (preferred !== void 0 && names.includes(preferred)) return preferred;
  return names.find((name) => !PROGRAMMING.has(name)) ?? names[0];
}
function linguistLanguageOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const byName = FILENAMES.get(base);
  if (byName) return pick(byName);
  const lower = base.toLowerCase();
  for (let i = lower.indexOf(".", 1); i !== -1; i = lower.indexOf(".", i + 1)) {
    const extension = lower.slice(i);
    const names = EXTENSIONS.get(extension);
    if (names) return pick(names, extension);
  }
  return void 0;
}
function programmingLanguageOf(path) {
  const name = linguistLanguageOf(path);
  return name === void 0 ? void 0 : PROGRAMMING.get(name);
}
function languageByAlias(alias) {
  const name = ALIASES.get(alias.trim().toLowerCase());
  return name === void 0 ? void 0 : PROGRAMMING.get(name);
}
function isBuildLanguage(name) {
  return BUILD.has(name);
}
function languageId(name) {
  return name.toLowerCase();
}

// src/core/1-discover/exclusions.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var DIRECTORY_RULES = [
  { name: "bower_components", reason: "vendored", why: "Bower packages installed into the tree" },
  { name: "node_modules", reason: "node_modules", why: "npm packages installed into the tree" },
  { name: "testdata", reason: "testdata", why: "Go convention for test fixtures; never built" },
  { name: "third-party", reason: "vendored", why: "copied third-party code" },
  { name: "third_party", reason: "vendored", why: "copied third-party code" },
  { name: "vendor", reason: "vendored", why: "Go, PHP and Ruby vendored dependencies" }
];
var FILE_RULES = [
  { glob: "*.generated.*", reason: "generated", why: "named generated by its generator" },
  { glob: "*.gen.go", reason: "generated", why: "Go code generators (mockgen, oapi-codegen, ...)" },
  { glob: "*.min.js", reason: "generated", why: "minified bundles" },
  { glob: "*.pb.go", reason: "generated", why: "protoc-gen-go output" },
  { glob: "*.pb.gw.go", reason: "generated", why: "grpc-gateway output" },
  { glob: "*.pb.ts", reason: "generated", why: "protobuf TypeScript output" },
  { glob: "*_grpc.pb.go", reason: "generated", why: "protoc-gen-go-grpc output" },
  { glob: "*_grpc_pb.d.ts", reason: "generated", why: "grpc-tools TypeScript declarations" },
  { glob: "*_grpc_pb.js", reason: "generated", why: "grpc-tools JavaScript output" },
  { glob: "*_pb.d.ts", reason: "generated", why: "protobuf JavaScript declarations" },
  { glob: "*_pb.js", reason: "generated", why: "protobuf JavaScript output" },
  { glob: "*_pb2.py", reason: "generated", why: "protoc Python output" },
  { glob: "*_pb2.pyi", reason: "generated", why: "protoc Python type stubs" },
  { glob: "*_pb2_grpc.py", reason: "generated", why: "grpcio-tools output" },
  { glob: "zz_generated*.go", reason: "generated", why: "Kubernetes code generators" }
];
var LINGUIST_ATTRIBUTES = [
  { attribute: "linguist-vendored", reason: "vendored" },
  { attribute: "linguist-generated", reason: "generated" },
  { attribute: "linguist-documentation", reason: "documentation" }
];
var MAX_GITATTRIBUTES_BYTES = 1024 * 1024;
var ATTRIBUTE_NAMES = new Set(LINGUIST_ATTRIBUTES.map((a) => a.attribute));
var DIRECTORIES = new Map(DIRECTORY_RULES.map((r) => [r.name, r]));
var FILE_MATCHERS = FILE_RULES.map((rule) => ({
  rule,
  test: (0, import_picomatch.default)(rule.glob, { dot: true })
}));
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function unquote2(pattern) {
  if (!pattern.startsWith('"') || !pattern.endsWith('"') || pattern.length < 2) return pattern;
  return pattern.slice(1, -1).replace(/\\(.)/g, "$1");
}
function parseGitattributes(path, text2) {
  const dir = dirOf(path);
  const rules = [];
  const diagnostics = [];
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "").trim();
    if (line === "" || line.startsWith("#") || line.startsWith("[attr]")) continue;
    const tokens = line.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
    const [rawPattern, ...attrs] = tokens;
    if (rawPattern === void 0) continue;
    const values = {};
    for (const token of attrs) {
      const unset = token.startsWith("-") || token.startsWith("!");
      const body = unset ? token.slice(1) : token;
      const eq = body.indexOf("=");
      const name = eq === -1 ? body : body.slice(0, eq);
      if (!ATTRIBUTE_NAMES.has(name)) continue;
      const value = eq === -1 ? !unset : body.slice(eq + 1).toLowerCase() !== "false";
      values[name] = value;
    }
    if (Object.keys(values).length === 0) continue;
    let pattern = unquote2(rawPattern);
    if (pattern.startsWith("!")) {
      diagnostics.push({
        severity: "warning",
        code: "gitattributes",
        message: `Negative pattern ${pattern} is not allowed in .gitattributes; the line is ignored`,
        path,
        line: i + 1
      });
      continue;
    }
    if (pattern.endsWith("/")) continue;
    const anchored = pattern.includes("/");
    if (pattern.startsWith("/")) pattern = pattern.slice(1);
    const test = (0, import_picomatch.default)(pattern, { dot: true });
    rules.push({
      dir,
      source: `${path}:${i + 1}`,
      basenameOnly: !anchored,
      match: test,
      values
    });
  }
  return { rules, diagnostics };
}
function applyExclusions(view) {
  const diagnostics = [];
  const attributeFiles = view.files.filter((f) => f.path === ".gitattributes" || f.path.endsWith("/.gitattributes")).sort(
    (a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
  const rules = [];
  for (const file of attributeFiles) {
    if (file.size > MAX_GITATTRIBUTES_BYTES) {
      diagnostics.push({
        severity: "warning",
        code: "file-too-large",
        message: `${file.path} is ${file.size} bytes, above the ${MAX_GITATTRIBUTES_BYTES}-byte limit; its rules were not applied`,
        path: file.path
      });
      continue;
    }
    const read = view.read(file.path, MAX_GITATTRIBUTES_BYTES);
    if (!read.ok) {
      diagnostics.push({
        severity: "warning",
        code: read.reason === "binary" ? "binary-file" : read.reason,
        message: `${file.path} was not read: ${read.message}`,
        path: file.path
      });
      continue;
    }
    const parsed = parseGitattributes(file.path, read.text);
    rules.push(...parsed.rules);
    diagnostics.push(...parsed.diagnostics);
  }
  const kept = [];
  const excluded = /* @__PURE__ */ new Map();
  const notGenerated = /* @__PURE__ */ new Set();
  for (const file of view.files) {
    const attrs = evaluateAttributes(rules, file.path);
    if (attrs["linguist-generated"]?.value === false) notGenerated.add(file.path);
    const mark = decide(file.path, attrs);
    if (mark) excluded.set(file.path, mark);
    else kept.push(file);
  }
  return { kept, excluded, notGenerated, diagnostics };
}
function depth(path) {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++;
  return n;
}
function evaluateAttributes(rules, path) {
  const out = {};
  if (rules.length === 0) return out;
  const base = path.slice(path.lastIndexOf("/") + 1);
  for (const rule of rules) {
    let relative3;
    if (rule.dir === "") relative3 = path;
    else if (path.startsWith(rule.dir) && path.charCodeAt(rule.dir.length) === 47) {
      relative3 = path.slice(rule.dir.length + 1);
    } else continue;
    if (!rule.match(rule.basenameOnly ? base : relative3)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      out[name] = { value, source: rule.source };
    }
  }
  return out;
}
function decide(path, attrs) {
  for (const { attribute, reason } of LINGUIST_ATTRIBUTES) {
    const set = attrs[attribute];
    if (set?.value) return { reason, source: set.source };
  }
  const builtIn = builtInMark(path);
  if (!builtIn) return void 0;
  if (builtIn.reason === "vendored" && attrs["linguist-vendored"]?.value === false) return void 0;
  if (builtIn.reason === "generated" && attrs["linguist-generated"]?.value === false)
    return void 0;
  return builtIn;
}
function builtInMark(path) {
  let start = 0;
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", start)) {
    const rule = DIRECTORIES.get(path.slice(start, slash));
    if (rule) {
      return {
        reason: rule.reason,
        source: `built-in: ${rule.name}/`,
        directory: path.slice(0, slash)
      };
    }
    start = slash + 1;
  }
  const base = path.slice(start);
  for (const { rule, test } of FILE_MATCHERS) {
    if (test(base)) return { reason: rule.reason, source: `built-in: ${rule.glob}` };
  }
  return void 0;
}
function collapseExclusions(files, excluded) {
  const totals = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  const keyOf = (mark) => `${mark.reason}\0${mark.source}`;
  for (const file of files) {
    const mark = excluded.get(file.path);
    const key = mark ? keyOf(mark) : void 0;
    for (let dir = dirOf(file.path); dir !== ""; dir = dirOf(dir)) {
      totals.set(dir, (totals.get(dir) ?? 0) + 1);
      if (key !== void 0) {
        const k = `${dir}\0${key}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const mark = excluded.get(file.path);
    if (!mark) continue;
    const key = keyOf(mark);
    const path = topMost(
      file.path,
      mark,
      (dir) => counts.get(`${dir}\0${key}`) === totals.get(dir)
    );
    if (!out.has(path)) out.set(path, { path, reason: mark.reason, source: mark.source });
  }
  return [...out.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function topMost(path, mark, whole) {
  const floor = mark.directory;
  if (floor !== void 0 && whole(floor)) return floor;
  let start = floor === void 0 ? 0 : floor.length + 1;
  for (let slash = path.indexOf("/", start); slash !== -1; slash = path.indexOf("/", start)) {
    const dir = path.slice(0, slash);
    if (whole(dir)) return dir;
    start = slash + 1;
  }
  return path;
}

// src/core/1-discover/kind-rules.ts
var SAMPLE_DIRECTORIES = [
  "demo",
  "demos",
  "example",
  "examples",
  "playground",
  "sample",
  "samples"
];
var DOCS_DIRECTORIES = ["docs", "documentation", "website"];
var DOCS_GENERATORS = [
  {
    name: "Docusaurus",
    files: ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"],
    dependencies: ["@docusaurus/core"],
    onlyUnderDocs: false
  },
  { name: "VitePress", files: [], dependencies: ["vitepress"], onlyUnderDocs: false },
  {
    name: "VuePress",
    files: [],
    dependencies: ["vuepress", "@vuepress/core"],
    onlyUnderDocs: false
  },
  { name: "Starlight", files: [], dependencies: ["@astrojs/starlight"], onlyUnderDocs: false },
  { name: "Nextra", files: [], dependencies: ["nextra"], onlyUnderDocs: false },
  { name: "MkDocs", files: ["mkdocs.yml", "mkdocs.yaml"], dependencies: [], onlyUnderDocs: false },
  { name: "mdBook", files: ["book.toml"], dependencies: [], onlyUnderDocs: false },
  {
    name: "Hugo",
    files: ["hugo.toml", "hugo.yaml", "hugo.json"],
    dependencies: [],
    onlyUnderDocs: false
  },
  { name: "Hugo", files: ["config.toml"], dependencies: [], onlyUnderDocs: true },
  { name: "Sphinx", files: ["conf.py"], dependencies: [], onlyUnderDocs: true },
  { name: "Jekyll", files: ["_config.yml"], dependencies: [], onlyUnderDocs: true }
];
var UI_DEPENDENCIES = [
  { name: "@angular/core", metaFramework: false },
  { name: "@remix-run/react", metaFramework: true },
  { name: "@sveltejs/kit", metaFramework: true },
  { name: "astro", metaFramework: true },
  { name: "gatsby", metaFramework: true },
  { name: "next", metaFramework: true },
  { name: "nuxt", metaFramework: true },
  { name: "preact", metaFramework: false },
  { name: "react", metaFramework: false },
  { name: "solid-js", metaFramework: false },
  { name: "svelte", metaFramework: false },
  { name: "vite", metaFramework: false },
  { name: "vue", metaFramework: false }
];
var ENTRY_DEPENDENCIES = [
  {
    ecosystem: "pypi",
    what: "web framework",
    names: [
      "aiohttp",
      "bottle",
      "django",
      "falcon",
      "fastapi",
      "flask",
      "litestar",
      "pyramid",
      "quart",
      "sanic",
      "starlette",
      "tornado"
    ]
  },
  {
    ecosystem: "pypi",
    what: "application server",
    names: ["daphne", "granian", "gunicorn", "hypercorn", "uvicorn", "waitress"]
  },
  {
    ecosystem: "pypi",
    what: "worker runtime",
    names: ["arq", "celery", "dramatiq", "faust-streaming", "huey", "rq"]
  },
  { ecosystem: "pypi", what: "app framework", names: ["dash", "gradio", "streamlit"] },
  {
    ecosystem: "npm",
    what: "server framework",
    names: ["@hapi/hapi", "@nestjs/core", "express", "fastify", "hono", "koa", "restify"]
  },
  {
    ecosystem: "maven",
    what: "application framework",
    names: [
      "io.ktor:ktor-server-core",
      "io.micronaut:micronaut-http-server-netty",
      "io.quarkus:quarkus-core",
      "org.springframework.boot:spring-boot-starter",
      "org.springframework.boot:spring-boot-starter-web",
      "org.springframework.boot:spring-boot-starter-webflux"
    ]
  },
  { ecosystem: "rubygems", what: "web framework", names: ["puma", "rails", "sidekiq", "sinatra"] },
  {
    ecosystem: "packagist",
    what: "web framework",
    names: ["laravel/framework", "slim/slim", "symfony/framework-bundle"]
  },
  { ecosystem: "hex", what: "web framework", names: ["phoenix", "plug_cowboy"] }
];
var ENTRY_FILES = [
  { stack: "python", path: "__main__.py", what: "runnable package" },
  { stack: "python", path: "app.py", what: "application module" },
  { stack: "python", path: "asgi.py", what: "ASGI entry" },
  { stack: "python", path: "main.py", what: "main module" },
  { stack: "python", path: "manage.py", what: "Django entry" },
  { stack: "python", path: "server.py", what: "server module" },
  { stack: "python", path: "wsgi.py", what: "WSGI entry" }
];
var ENTRY_HINTS = [
  { id: "go.func-main", what: "package main with func main" },
  { id: "js.listen", what: "starts a server" },
  { id: "py.main-guard", what: "runs as a script (__main__ guard)" },
  { id: "py.server-run", what: "starts a server" }
];
var TEST_PATHS = [
  "**/__tests__/**",
  "**/conftest.py",
  "**/spec/**",
  "**/test/**",
  "**/test_*.py",
  "**/tests/**",
  "**/*_test.go",
  "**/*_test.py",
  "**/*.spec.*",
  "**/*.test.*"
];
var LIBRARY_REASONS = {
  go: "Go module with no package main",
  python: "Python package with no entry point, server or worker",
  node: "npm package with no server entry, start script or UI framework",
  rust: "Rust crate with no src/main.rs or [[bin]]",
  jvm: "JVM project with no main method or application framework",
  dotnet: ".NET project with no web SDK dependency or entry point found",
  ruby: "Ruby project with no server or worker dependency",
  php: "PHP project with no web framework",
  elixir: "Mix project with no web framework",
  container: "container image with no code"
};

// src/core/1-discover/service-markers.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var SERVICE_MARKERS = [
  { file: "go.mod", stack: "go", languages: ["Go"], description: "Go module" },
  {
    file: "pyproject.toml",
    stack: "python",
    languages: ["Python"],
    description: "Python project (PEP 621, Poetry, uv)"
  },
  { file: "setup.py", stack: "python", languages: ["Python"], description: "setuptools project" },
  {
    file: "setup.cfg",
    stack: "python",
    languages: ["Python"],
    description: "setuptools configuration"
  },
  { file: "Pipfile", stack: "python", languages: ["Python"], description: "Pipenv project" },
  {
    file: "*.txt",
    inFolder: "requirements",
    stack: "python",
    languages: ["Python"],
    description: "pip requirements folder"
  },
  {
    file: "requirements*.txt",
    stack: "python",
    languages: ["Python"],
    description: "pip requirements"
  },
  {
    file: "requirements*.in",
    stack: "python",
    languages: ["Python"],
    description: "pip-tools requirements"
  },
  {
    file: "package.json",
    stack: "node",
    languages: ["TypeScript", "JavaScript"],
    description: "npm package"
  },
  { file: "Cargo.toml", stack: "rust", languages: ["Rust"], description: "Cargo crate" },
  {
    file: "pom.xml",
    stack: "jvm",
    languages: ["Java", "Kotlin", "Scala"],
    description: "Maven project"
  },
  {
    file: "build.gradle.kts",
    stack: "jvm",
    languages: ["Kotlin", "Java"],
    description: "Gradle project (Kotlin DSL)"
  },
  {
    file: "build.gradle",
    stack: "jvm",
    languages: ["Java", "Kotlin", "Groovy"],
    description: "Gradle project"
  },
  { file: "*.csproj", stack: "dotnet", languages: ["C#"], description: ".NET project" },
  { file: "Gemfile", stack: "ruby", languages: ["Ruby"], description: "Bundler project" },
  { file: "composer.json", stack: "php", languages: ["PHP"], description: "Composer project" },
  { file: "mix.exs", stack: "elixir", languages: ["Elixir"], description: "Mix project" },
  { file: "Dockerfile", stack: "container", languages: [], description: "container image" },
  {
    file: "Dockerfile.*",
    stack: "container",
    languages: [],
    description: "container image variant"
  },
  {
    file: "*.Dockerfile",
    stack: "container",
    languages: [],
    description: "container image variant"
  },
  {
    file: "Containerfile",
    stack: "container",
    languages: [],
    description: "container image (Podman)"
  }
];
var WORKSPACE_FILES = ["go.work", "pnpm-workspace.yaml"];
var MATCHERS = SERVICE_MARKERS.map((marker, index) => ({
  marker,
  index,
  test: (0, import_picomatch2.default)(marker.file, { dot: true })
}));
function matchMarker(path) {
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  const dir = slash === -1 ? "." : path.slice(0, slash);
  const folder = dir.slice(dir.lastIndexOf("/") + 1);
  for (const { marker, index, test } of MATCHERS) {
    if (!test(base)) continue;
    if (marker.inFolder !== void 0) {
      if (folder !== marker.inFolder || dir === ".") continue;
      const parentSlash = dir.lastIndexOf("/");
      return { marker, priority: index, root: parentSlash === -1 ? "." : dir.slice(0, parentSlash) };
    }
    return { marker, priority: index, root: dir };
  }
  return void 0;
}
function isWorkspaceFile(path) {
  return WORKSPACE_FILES.includes(path.slice(path.lastIndexOf("/") + 1));
}

// src/core/1-discover/discover-services.ts
var MAX_KIND_EVIDENCE = 5;
var MAX_JVM_MAIN_BYTES = 64 * 1024;
var compare2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function dirOf2(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash);
}
function parentOf(dir) {
  if (dir === ".") return void 0;
  return dirOf2(dir);
}
function segments(dir) {
  return dir === "." ? [] : dir.split("/");
}
function relativeTo(root, path) {
  return root === "." ? path : path.slice(root.length + 1);
}
function normalizeMember(base, member) {
  const parts = base === "." ? [] : base.split("/");
  for (const part of member.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? "." : parts.join("/");
}
var TEST_MATCH = (0, import_picomatch3.default)(TEST_PATHS, { dot: true });
var ENTRY_DEPENDENCY = /* @__PURE__ */ new Map();
for (const group of ENTRY_DEPENDENCIES) {
  for (const name of group.names)
    ENTRY_DEPENDENCY.set(`${group.ecosystem}\0${name}`, group.what);
}
var ENTRY_HINT = new Map(ENTRY_HINTS.map((h) => [h.id, h.what]));
var ENTRY_FILE = new Map(ENTRY_FILES.map((f) => [f.path, f.what]));
var UI = new Map(UI_DEPENDENCIES.map((d) => [d.name, d.metaFramework]));
var SAMPLE_DIRS = new Set(SAMPLE_DIRECTORIES);
var DOCS_DIRS = new Set(DOCS_DIRECTORIES);
function isCode(path) {
  const language = programmingLanguageOf(path);
  return language !== void 0 && !isBuildLanguage(language);
}
function isNotebook(path) {
  return path.toLowerCase().endsWith(".ipynb");
}
function discoverServices(ctx, options) {
  const view = ctx.view;
  const excludedFiles = applyExclusions(view);
  for (const d of excludedFiles.diagnostics) ctx.diagnose(d);
  const { kept, notGenerated } = excludedFiles;
  const excluded = new Map(excludedFiles.excluded);
  const candidates = /* @__PURE__ */ new Map();
  const candidate = (root) => {
    let c = candidates.get(root);
    if (!c) {
      c = { root, markers: [], memberOf: [], files: [] };
      candidates.set(root, c);
    }
    return c;
  };
  const manifests = /* @__PURE__ */ new Map();
  const workspaceDeclarations = [];
  const directories = /* @__PURE__ */ new Set(["."]);
  for (const file of kept) {
    for (let dir = dirOf2(file.path); !directories.has(dir); dir = dirOf2(dir)) directories.add(dir);
    const match = matchMarker(file.path);
    if (match) {
      candidate(match.root).markers.push({ file, match });
      const manifest = ctx.manifest(file);
      if (manifest) {
        manifests.set(file.path, manifest);
        if (manifest.workspaceMembers.length > 0)
          workspaceDeclarations.push({ file, root: match.root });
      }
    } else if (isWorkspaceFile(file.path)) {
      const manifest = ctx.manifest(file);
      if (manifest) {
        manifests.set(file.path, manifest);
        workspaceDeclarations.push({ file, root: dirOf2(file.path) });
      }
    }
  }
  addWorkspaceMembers(workspaceDeclarations, manifests, directories, candidate);
  for (const file of kept) {
    for (let dir = dirOf2(file.path); dir !== void 0; dir = parentOf(dir)) {
      const owner = candidates.get(dir);
      if (owner) {
        owner.files.push(file);
        break;
      }
    }
  }
  for (const c of candidates.values()) {
    c.files = c.files.filter((file) => {
      if (!isCode(file.path)) return true;
      const facts = ctx.source(file);
      if (!facts?.generated || notGenerated.has(file.path)) return true;
      excluded.set(file.path, { reason: "generated", source: "header" });
      return false;
    });
  }
  mergeContainerOnly(candidates);
  const include = options.include?.length ? (0, import_picomatch3.default)(options.include, { dot: true }) : void 0;
  const excludeGlobs = (options.exclude ?? []).map((glob) => ({
    glob,
    test: (0, import_picomatch3.default)(glob, { dot: true })
  }));
  const configExclusions = [];
  let configExcludedFiles = 0;
  const units = [];
  for (const root of [...candidates.keys()].sort(compare2)) {
    const c = candidates.get(root);
    const unitManifests = c.files.map((f) => manifests.get(f.path)).filter((m) => m !== void 0).sort((a, b) => compare2(a.path, b.path));
    const shape = describeKind(ctx, c, unitManifests);
    if (shape === void 0) continue;
    const excludedBy = excludeGlobs.find((g) => g.test(root));
    const notIncluded = include !== void 0 && !include(root);
    if (excludedBy || notIncluded) {
      configExclusions.push({
        path: root,
        reason: "config",
        source: excludedBy ? `exclude: ${excludedBy.glob}` : `include: ${(options.include ?? []).join(", ")}`
      });
      configExcludedFiles += c.files.length;
      continue;
    }
    const markerPaths = c.markers.map((m) => m.file.path);
    const markers = markerPaths.length > 0 ? markerPaths : [...c.memberOf];
    units.push({
      root,
      name: unitName(root, c, manifests),
      kind: shape.kind,
      kindEvidence: shape.evidence,
      markers: [...new Set(markers)].sort(compare2),
      manifests: unitManifests,
      files: c.files
    });
  }
  const exclusions = [
    ...collapseExclusions(view.files, excluded),
    ...view.pruned,
    ...configExclusions
  ];
  exclusions.sort((a, b) => compare2(a.path, b.path) || compare2(a.reason, b.reason));
  return {
    units,
    exclusions,
    fileCount: view.files.length - excluded.size - configExcludedFiles
  };
}
function addWorkspaceMembers(declarations, manifests, directories, candidate) {
  const sortedDirs = [...directories].sort(compare2);
  for (const { file, root } of declarations) {
    const manifest = manifests.get(file.path);
    if (!manifest) continue;
    const positive = [];
    const negative = [];
    for (const raw of manifest.workspaceMembers) {
      const isNegative = raw.startsWith("!");
      const member = normalizeMember(root, (isNegative ? raw.slice(1) : raw).trim());
      if (member === void 0) continue;
      (isNegative ? negative : positive).push(member);
    }
    if (positive.length === 0) continue;
    const literal = positive.filter((p) => !import_picomatch3.default.scan(p).isGlob);
    const globs = positive.filter((p) => import_picomatch3.default.scan(p).isGlob);
    const matchGlob = globs.length > 0 ? (0, import_picomatch3.default)(globs, { dot: true }) : void 0;
    const skip = negative.length > 0 ? (0, import_picomatch3.default)(negative, { dot: true }) : void 0;
    const members = /* @__PURE__ */ new Set();
    for (const dir of literal) if (directories.has(dir)) members.add(dir);
    if (matchGlob) {
      for (const dir of sortedDirs) if (matchGlob(dir)) members.add(dir);
    }
    for (const dir of members) {
      if (skip?.(dir)) continue;
      const c = candidate(dir);
      if (!c.memberOf.includes(file.path)) c.memberOf.push(file.path);
    }
  }
}
function mergeContainerOnly(candidates) {
  const byDepth = [...candidates.values()].sort(
    (a, b) => segments(b.root).length - segments(a.root).length || compare2(a.root, b.root)
  );
  for (const c of byDepth) {
    const containerOnly = c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === "container");
    if (!containerOnly || c.memberOf.length > 0) continue;
    if (c.files.some((f) => isCode(f.path) || isNotebook(f.path))) continue;
    for (let dir = parentOf(c.root); dir !== void 0; dir = parentOf(dir)) {
      const parent = candidates.get(dir);
      if (!parent) continue;
      parent.files.push(...c.files);
      parent.files.sort((a, b) => compare2(a.path, b.path));
      parent.markers.push(...c.markers);
      candidates.delete(c.root);
      break;
    }
  }
}
function sortEvidence(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    const key = `${e.path}\0${e.line ?? 0}\0${e.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort(
    (a, b) => compare2(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compare2(a.detail, b.detail)
  ).slice(0, MAX_KIND_EVIDENCE);
}
function describeKind(ctx, c, manifests) {
  const { root } = c;
  const dirs = segments(root);
  const code3 = c.files.filter((f) => isCode(f.path));
  const notebooks = c.files.filter((f) => isNotebook(f.path));
  const stacks = new Set(c.markers.map((m) => m.match?.marker.stack).filter((s) => s !== void 0));
  const underDocs = dirs.some((d) => DOCS_DIRS.has(d));
  const generator = docsGenerator(c, manifests, underDocs);
  if (underDocs && !generator) return void 0;
  if (code3.length === 0 && notebooks.length > 0 && !generator) return void 0;
  if (code3.length === 0 && !generator && !stacks.has("container")) return void 0;
  const sampleDir = dirs.find((d) => SAMPLE_DIRS.has(d));
  if (sampleDir !== void 0) {
    return {
      kind: "sample",
      evidence: [
        { path: root, detail: `under ${sampleDir}/: sample code, reported but not judged` }
      ]
    };
  }
  if (generator) return { kind: "docs", evidence: [generator] };
  const service = serviceEvidence2(ctx, c, manifests);
  const onlyNode = [...stacks].every((s) => s === "node" || s === "container") && stacks.has("node");
  if (onlyNode) {
    const ui = uiEvidence(manifests);
    if (ui && (ui.meta || !service.some((e) => e.jsServer))) {
      return { kind: "frontend", evidence: sortEvidence(ui.evidence) };
    }
  }
  if (service.length > 0)
    return { kind: "service", evidence: sortEvidence(service.map((s) => s.evidence)) };
  if (code3.length === 0) {
    return {
      kind: "service",
      evidence: c.markers.filter((m) => m.match?.marker.stack === "container").map((m) => ({ path: m.file.path, detail: "builds a container image; no code of its own" })).slice(0, MAX_KIND_EVIDENCE)
    };
  }
  const first = [...c.markers].sort(
    (a, b) => (a.match?.priority ?? 99) - (b.match?.priority ?? 99)
  )[0];
  const stack = first?.match?.marker.stack;
  const detail = stack ? LIBRARY_REASONS[stack] : "workspace member with no entry point, server or worker";
  return { kind: "library", evidence: [{ path: root, detail }] };
}
function docsGenerator(c, manifests, underDocs) {
  for (const generator of DOCS_GENERATORS) {
    if (generator.onlyUnderDocs && !underDocs) continue;
    for (const file of c.files) {
      const relative3 = relativeTo(c.root, file.path);
      if (relative3.split("/").length > 2) continue;
      const base = relative3.slice(relative3.lastIndexOf("/") + 1);
      if (generator.files.includes(base)) {
        return { path: file.path, detail: `${generator.name} site (${base})` };
      }
    }
    for (const manifest of manifests) {
      const dep = manifest.dependencies.find((d) => generator.dependencies.includes(d.name));
      if (dep)
        return {
          path: dep.path,
          line: dep.line,
          detail: `${generator.name} site (depends on ${dep.name})`
        };
    }
  }
  return void 0;
}
function uiEvidence(manifests) {
  const evidence = [];
  let meta = false;
  for (const manifest of manifests) {
    if (manifest.type !== "package.json") continue;
    for (const dep of manifest.dependencies) {
      const isMeta = UI.get(dep.name);
      if (isMeta === void 0) continue;
      meta ||= isMeta;
      evidence.push({
        path: dep.path,
        line: dep.line,
        detail: `depends on ${dep.name} (browser UI)`
      });
    }
  }
  return evidence.length > 0 ? { meta, evidence } : void 0;
}
function serviceEvidence2(ctx, c, manifests) {
  const out = [];
  for (const manifest of manifests) {
    for (const entry of manifest.entrypoints) {
      if (TEST_MATCH(entry.path)) continue;
      if (manifest.type === "package.json" && !/\b(start|serve)\b/i.test(entry.detail)) continue;
      out.push({ evidence: entry, jsServer: false });
    }
    for (const dep of manifest.dependencies) {
      if (dep.dev || dep.indirect) continue;
      const what = ENTRY_DEPENDENCY.get(`${dep.ecosystem}\0${dep.name}`);
      if (what === void 0) continue;
      out.push({
        evidence: { path: dep.path, line: dep.line, detail: `depends on ${dep.name} (${what})` },
        jsServer: dep.ecosystem === "npm"
      });
    }
  }
  for (const file of c.files) {
    if (TEST_MATCH(file.path)) continue;
    const relative3 = relativeTo(c.root, file.path);
    const base = relative3.slice(relative3.lastIndexOf("/") + 1);
    const entryFile = ENTRY_FILE.get(base);
    if (entryFile !== void 0) {
      out.push({ evidence: { path: file.path, detail: `${base}: ${entryFile}` }, jsServer: false });
    }
    if (relative3 === "src/main.rs" || relative3.startsWith("src/bin/") && relative3.endsWith(".rs")) {
      out.push({ evidence: { path: file.path, detail: "Rust binary target" }, jsServer: false });
    }
    if (/(?:^|\/)(?:[A-Za-z]*Application|Main|App)\.(?:java|kt)$/.test(relative3)) {
      const main2 = jvmMain(ctx, file);
      if (main2) out.push({ evidence: main2, jsServer: false });
    }
    if (!isCode(file.path)) continue;
    const facts = ctx.source(file);
    if (!facts) continue;
    for (const hint of facts.hints) {
      const what = ENTRY_HINT.get(hint.id);
      if (what === void 0) continue;
      if (hint.id === "go.func-main" && facts.packageName !== "main") continue;
      out.push({
        evidence: { path: file.path, line: hint.line, detail: `${what}: ${hint.text}` },
        jsServer: hint.id === "js.listen"
      });
    }
  }
  return out;
}
function jvmMain(ctx, file) {
  const read = ctx.view.read(file.path, MAX_JVM_MAIN_BYTES);
  if (!read.ok) return void 0;
  const lines = read.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/\bstatic\s+void\s+main\s*\(|^\s*fun\s+main\s*\(/.test(line)) {
      return { path: file.path, line: i + 1, detail: `main method: ${line.trim().slice(0, 120)}` };
    }
  }
  return void 0;
}
var PLAIN_NAME = /^[@A-Za-z0-9][\w@./-]{0,63}$/;
function unitName(root, c, manifests) {
  const ordered = [...c.markers].sort(
    (a, b) => (a.match?.priority ?? 99) - (b.match?.priority ?? 99) || compare2(a.file.path, b.file.path)
  );
  for (const { file } of ordered) {
    const manifest = manifests.get(file.path);
    if (!manifest?.name) continue;
    let name = manifest.name.trim();
    if (manifest.type === "go.mod") {
      const parts = name.split("/");
      const last = parts[parts.length - 1] ?? "";
      name = /^v\d+$/.test(last) && parts.length > 1 ? parts[parts.length - 2] ?? last : last;
    }
    if (PLAIN_NAME.test(name)) return name;
  }
  if (root === ".") return "root";
  return root.slice(root.lastIndexOf("/") + 1);
}

// src/core/2-classify/classify-language.ts
var TIE_MARGIN = 0.1;
var MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;
var DEFAULT_NOTEBOOK_LANGUAGE = "Python";
var compare3 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function formatBytes(n) {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function utf8Length(text2) {
  let bytes = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < text2.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
function notebookCode(ctx, file) {
  const fail = (message) => {
    ctx.diagnose({
      severity: "warning",
      code: "notebook",
      message: `Notebook ${file.path} ${message}; it counts as 0 code bytes`,
      path: file.path
    });
    return void 0;
  };
  if (file.size > MAX_NOTEBOOK_BYTES)
    return fail(
      `is ${formatBytes(file.size)} bytes, above the ${formatBytes(MAX_NOTEBOOK_BYTES)}-byte limit`
    );
  const read = ctx.view.read(file.path, MAX_NOTEBOOK_BYTES);
  if (!read.ok) return fail(`was not read (${read.message})`);
  let doc;
  try {
    doc = JSON.parse(read.text);
  } catch (error) {
    return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof doc !== "object" || doc === null) return fail("is not a notebook object");
  const nb = doc;
  const cells = Array.isArray(nb.cells) ? nb.cells : Array.isArray(nb.worksheets) ? nb.worksheets.flatMap(
    (w) => typeof w === "object" && w !== null && Array.isArray(w.cells) ? w.cells : []
  ) : [];
  if (!Array.isArray(nb.cells) && !Array.isArray(nb.worksheets)) return fail("has no cells");
  let bytes = 0;
  for (const cell2 of cells) {
    if (typeof cell2 !== "object" || cell2 === null) continue;
    const c = cell2;
    if (c.cell_type !== "code") continue;
    const source = c.source ?? c.input;
    if (typeof source === "string") bytes += utf8Length(source);
    else if (Array.isArray(source)) {
      for (const part of source) if (typeof part === "string") bytes += utf8Length(part);
    }
  }
  const declared = [nb.metadata?.kernelspec?.language, nb.metadata?.language_info?.name].find(
    (v) => typeof v === "string" && v.trim() !== ""
  );
  const language = declared && languageByAlias(declared) || DEFAULT_NOTEBOOK_LANGUAGE;
  return { language, bytes };
}
function classifyLanguage(ctx, unit) {
  const bytes = /* @__PURE__ */ new Map();
  const add = (name, n) => bytes.set(name, (bytes.get(name) ?? 0) + n);
  for (const file of unit.files) {
    if (file.path.toLowerCase().endsWith(".ipynb")) {
      const notebook = notebookCode(ctx, file);
      if (notebook && notebook.bytes > 0) add(notebook.language, notebook.bytes);
      continue;
    }
    const name = programmingLanguageOf(file.path);
    if (name !== void 0 && file.size > 0) add(name, file.size);
  }
  let total = 0;
  for (const n of bytes.values()) total += n;
  const ranked = [...bytes.entries()].sort(
    (a, b) => b[1] - a[1] || compare3(languageId(a[0]), languageId(b[0]))
  );
  const shares = ranked.map(([name, n]) => ({
    id: languageId(name),
    bytes: n,
    share: total === 0 ? 0 : Math.round(n / total * 1e4) / 1e4
  }));
  const eligible = ranked.filter(([name]) => !isBuildLanguage(name));
  const top = eligible[0];
  if (!top) {
    const detail = ranked.length > 0 ? `no application code: only ${ranked.map(([name]) => name).join(", ")}` : "no programming-language files after exclusions";
    return { id: "unknown", shares, evidence: [{ path: unit.root, detail }] };
  }
  const describe = (name, n) => `${name}: ${percent(n / total)} of ${formatBytes(total)} code bytes`;
  const tied = eligible.filter(([, n]) => top[1] - n <= top[1] * TIE_MARGIN);
  if (tied.length > 1) {
    const breaker = tieBreaker(
      unit,
      tied.map(([name]) => name)
    );
    if (breaker) {
      const chosen = tied.find(([name]) => name === breaker.language) ?? top;
      const others = tied.filter(([name]) => name !== chosen[0]);
      return {
        id: languageId(chosen[0]),
        shares,
        evidence: [
          { path: unit.root, detail: describe(chosen[0], chosen[1]) },
          {
            path: breaker.marker,
            detail: `${breaker.marker.slice(breaker.marker.lastIndexOf("/") + 1)} breaks the near-tie with ${others.map(([name, n]) => `${name} (${percent(n / total)})`).join(", ")}`
          }
        ]
      };
    }
  }
  return {
    id: languageId(top[0]),
    shares,
    evidence: [{ path: unit.root, detail: describe(top[0], top[1]) }]
  };
}
function tieBreaker(unit, tied) {
  const markers = unit.markers.map((path) => ({ path, match: matchMarker(path) })).filter((m) => m.match !== void 0).sort((a, b) => (a.match?.priority ?? 0) - (b.match?.priority ?? 0) || compare3(a.path, b.path));
  for (const { path, match } of markers) {
    const language = match?.marker.languages.find((l) => tied.includes(l));
    if (language !== void 0) return { language, marker: path };
  }
  return void 0;
}

// src/core/3-detect/detect-signals.ts
import * as posix2 from "node:path/posix";

// src/core/3-detect/catalog/dotnet.ts
var DOTNET_CATALOG = {
  ecosystem: "nuget",
  title: "C# and F# (NuGet)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "Azure.AI.OpenAI",
        "OpenAI",
        "Anthropic.SDK",
        "OllamaSharp",
        "Google.Cloud.AIPlatform.V1",
        "Microsoft.Extensions.AI*"
      ]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["Microsoft.SemanticKernel*", "LangChain", "Microsoft.KernelMemory*"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "Microsoft.ML.OnnxRuntime",
        "Microsoft.ML.OnnxRuntime.Gpu",
        "Microsoft.ML.OnnxRuntime.Managed",
        "LLamaSharp"
      ]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: [
        "Microsoft.ML",
        "Microsoft.ML.FastTree",
        "Microsoft.ML.LightGbm",
        "Microsoft.ML.Vision",
        "Microsoft.ML.AutoML",
        "Microsoft.ML.TorchSharp",
        "TorchSharp",
        "TensorFlow.NET"
      ],
      note: "ML.NET packages are listed one by one: Microsoft.ML.OnnxRuntime is inference, not training."
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["Qdrant.Client", "Pinecone.Client", "Milvus.Client", "Pgvector"]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["Microsoft.Data.Analysis", "Deedle"]
    },
    { signal: "data.scientific", strength: "strong", packages: ["MathNet.Numerics"] },
    { signal: "data.pipeline", strength: "strong", packages: ["Microsoft.Spark"] },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["Microsoft.AspNetCore.SignalR*", "Microsoft.Azure.SignalR"]
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "strong",
      packages: ["Grpc.AspNetCore"],
      note: "Serves gRPC."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["Grpc.Net.Client", "Grpc.Core"],
      note: "Client side."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "Confluent.Kafka",
        "RabbitMQ.Client",
        "MassTransit",
        "NServiceBus",
        "NATS.Client",
        "NATS.Net",
        "Azure.Messaging.ServiceBus",
        "AWSSDK.SQS",
        "Google.Cloud.PubSub.V1"
      ]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["SixLabors.ImageSharp", "SkiaSharp", "Magick.NET*", "OpenCvSharp4*"]
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: [
        "Amazon.Lambda.Core",
        "Amazon.Lambda.AspNetCoreServer",
        "Microsoft.Azure.Functions.Worker*",
        "Microsoft.NET.Sdk.Functions"
      ]
    }
  ],
  frameworks: [
    {
      framework: "aspnetcore",
      role: "web",
      model: "async",
      packages: ["Microsoft.AspNetCore.*"],
      note: "ASP.NET Core packages; a project that only uses the Web SDK without packages is not seen here."
    },
    { framework: "grpc-dotnet", role: "rpc", model: "async", packages: ["Grpc.AspNetCore"] }
  ]
};

// src/core/3-detect/catalog/elixir.ts
var ELIXIR_CATALOG = {
  ecosystem: "hex",
  title: "Elixir (Hex)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["openai_ex", "openai", "anthropix", "req_llm"]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["langchain", "instructor"]
    },
    { signal: "ai-ml.inference", strength: "strong", packages: ["bumblebee", "ortex"] },
    { signal: "ai-ml.training", strength: "strong", packages: ["axon", "scholar"] },
    {
      signal: "ai-ml.gpu",
      strength: "weak",
      packages: ["exla"],
      note: "The XLA compiler backend for Nx: CPU or GPU."
    },
    { signal: "ai-ml.vector-store", strength: "strong", packages: ["pgvector"] },
    { signal: "data.dataframe", strength: "strong", packages: ["explorer"] },
    { signal: "data.scientific", strength: "strong", packages: ["nx"] },
    { signal: "data.pipeline", strength: "strong", packages: ["flow"] },
    { signal: "data.stream-processing", strength: "strong", packages: ["broadway"] },
    { signal: "concurrency.realtime", strength: "strong", packages: ["phoenix_live_view"] },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["grpc"],
      note: "Client and server alike."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["broadway_kafka", "broadway_rabbitmq", "amqp", "brod", "gnat", "kafka_ex"]
    },
    { signal: "resource.cpu-bound", strength: "strong", packages: ["image", "vix", "evision"] }
  ],
  frameworks: [
    {
      framework: "phoenix",
      role: "web",
      model: "goroutines",
      packages: ["phoenix"],
      note: "BEAM processes: lightweight and preemptive, the same shape as goroutines."
    },
    { framework: "plug", role: "web", model: "goroutines", packages: ["plug_cowboy", "bandit"] }
  ]
};

// src/core/3-detect/catalog/go.ts
var GO_CATALOG = {
  ecosystem: "go",
  title: "Go (modules)",
  languages: ["go"],
  importStyle: "go",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "github.com/sashabaranov/go-openai",
        "github.com/openai/openai-go",
        "github.com/anthropics/anthropic-sdk-go",
        "github.com/liushuangls/go-anthropic",
        "github.com/google/generative-ai-go",
        "google.golang.org/genai",
        "github.com/cohere-ai/cohere-go",
        "github.com/ollama/ollama",
        "github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
      ]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "weak",
      packages: ["github.com/pkoukk/tiktoken-go"],
      note: "A tokeniser only."
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: [
        "github.com/tmc/langchaingo",
        "github.com/firebase/genkit/go",
        "github.com/cloudwego/eino",
        "github.com/henomis/lingoose"
      ]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "github.com/yalue/onnxruntime_go",
        "github.com/go-skynet/go-llama.cpp",
        "github.com/nlpodyssey/cybertron",
        "github.com/knights-analytics/hugot",
        "github.com/owulveryck/onnx-go",
        "github.com/galeone/tfgo",
        "github.com/tensorflow/tensorflow/tensorflow/go"
      ]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: [
        "gorgonia.org/gorgonia",
        "github.com/nlpodyssey/spago",
        "github.com/sjwhitworth/golearn",
        "github.com/gomlx/gomlx",
        "github.com/wangkuiyi/gotorch"
      ]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: [
        "github.com/pgvector/pgvector-go",
        "github.com/qdrant/go-client",
        "github.com/weaviate/weaviate-go-client",
        "github.com/milvus-io/milvus-sdk-go",
        "github.com/pinecone-io/go-pinecone",
        "github.com/philippgille/chromem-go",
        "github.com/amikos-tech/chroma-go"
      ]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: [
        "github.com/go-gota/gota",
        "github.com/apache/arrow/go",
        "github.com/apache/arrow-go",
        "github.com/rocketlaunchr/dataframe-go"
      ]
    },
    {
      signal: "data.dataframe",
      strength: "weak",
      packages: [
        "github.com/marcboeker/go-duckdb",
        "github.com/parquet-go/parquet-go",
        "github.com/xitongsys/parquet-go"
      ],
      note: "Columnar files and an embedded SQL engine: often analytics, sometimes storage only."
    },
    { signal: "data.scientific", strength: "strong", packages: ["gonum.org/v1/gonum"] },
    { signal: "data.pipeline", strength: "strong", packages: ["github.com/apache/beam/sdks"] },
    {
      signal: "data.stream-processing",
      strength: "strong",
      packages: ["github.com/lovoo/goka", "github.com/reugn/go-streams"]
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: [
        "github.com/gorilla/websocket",
        "nhooyr.io/websocket",
        "github.com/coder/websocket",
        "github.com/gobwas/ws",
        "github.com/lxzan/gws",
        "github.com/olahol/melody",
        "github.com/centrifugal/centrifuge",
        "github.com/googollee/go-socket.io",
        "github.com/gofiber/contrib/websocket",
        "github.com/r3labs/sse"
      ]
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["google.golang.org/grpc", "connectrpc.com/connect"],
      note: "Client and server alike; a dependency alone does not say the service serves gRPC."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "strong",
      packages: [
        "google.golang.org/grpc/reflection",
        "google.golang.org/grpc/health",
        "github.com/grpc-ecosystem/grpc-gateway",
        "github.com/cloudwego/kitex"
      ],
      note: "Server-side packages: the service serves RPCs (matched from imports)."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "github.com/segmentio/kafka-go",
        "github.com/IBM/sarama",
        "github.com/Shopify/sarama",
        "github.com/confluentinc/confluent-kafka-go",
        "github.com/twmb/franz-go",
        "github.com/nats-io/nats.go",
        "github.com/rabbitmq/amqp091-go",
        "github.com/streadway/amqp",
        "github.com/apache/pulsar-client-go",
        "cloud.google.com/go/pubsub",
        "github.com/eclipse/paho.mqtt.golang",
        "github.com/ThreeDotsLabs/watermill",
        "github.com/hibiken/asynq"
      ]
    },
    {
      signal: "latency.low-latency",
      strength: "strong",
      packages: ["github.com/valyala/fasthttp", "github.com/panjf2000/gnet"]
    },
    {
      signal: "latency.low-latency",
      strength: "weak",
      packages: [
        "github.com/goccy/go-json",
        "github.com/bytedance/sonic",
        "github.com/json-iterator/go"
      ],
      note: "Faster JSON: a hint that latency is watched."
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: [
        "github.com/disintegration/imaging",
        "github.com/h2non/bimg",
        "github.com/davidbyttow/govips",
        "gocv.io/x/gocv"
      ]
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: [
        "github.com/aws/aws-lambda-go",
        "github.com/GoogleCloudPlatform/functions-framework-go"
      ]
    }
  ],
  frameworks: [
    {
      framework: "net/http",
      role: "web",
      model: "goroutines",
      packages: [],
      imports: ["net/http"],
      requiresHints: ["go.listen"],
      note: "The standard library server: one goroutine per connection. Counted only when the unit listens."
    },
    { framework: "gin", role: "web", model: "goroutines", packages: ["github.com/gin-gonic/gin"] },
    { framework: "echo", role: "web", model: "goroutines", packages: ["github.com/labstack/echo"] },
    {
      framework: "fiber",
      role: "web",
      model: "goroutines",
      packages: ["github.com/gofiber/fiber"]
    },
    { framework: "chi", role: "web", model: "goroutines", packages: ["github.com/go-chi/chi"] },
    {
      framework: "gorilla/mux",
      role: "web",
      model: "goroutines",
      packages: ["github.com/gorilla/mux"]
    },
    {
      framework: "httprouter",
      role: "web",
      model: "goroutines",
      packages: ["github.com/julienschmidt/httprouter"]
    },
    {
      framework: "hertz",
      role: "web",
      model: "goroutines",
      packages: ["github.com/cloudwego/hertz"]
    },
    { framework: "beego", role: "web", model: "goroutines", packages: ["github.com/beego/beego"] },
    {
      framework: "grpc-go",
      role: "rpc",
      model: "goroutines",
      packages: ["google.golang.org/grpc"]
    },
    {
      framework: "connect-go",
      role: "rpc",
      model: "goroutines",
      packages: ["connectrpc.com/connect"]
    },
    {
      framework: "kitex",
      role: "rpc",
      model: "goroutines",
      packages: ["github.com/cloudwego/kitex"]
    }
  ]
};

// src/core/3-detect/catalog/java.ts
var JAVA_CATALOG = {
  ecosystem: "maven",
  title: "Java, Kotlin and Scala (Maven, Gradle)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "com.openai:openai-java",
        "com.anthropic:anthropic-java",
        "com.google.genai:google-genai",
        "com.azure:azure-ai-openai",
        "com.google.cloud:google-cloud-vertexai",
        "com.theokanning.openai-gpt3-java:service",
        "io.github.ollama4j:ollama4j"
      ]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: [
        "dev.langchain4j:*",
        "org.springframework.ai:*",
        "com.microsoft.semantic-kernel:*"
      ],
      note: "LangChain4j, Spring AI and Semantic Kernel for Java, with all their modules."
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "ai.djl:*",
        "ai.djl.pytorch:*",
        "ai.djl.huggingface:*",
        "com.microsoft.onnxruntime:onnxruntime",
        "com.microsoft.onnxruntime:onnxruntime_gpu",
        "org.tensorflow:tensorflow-core-platform",
        "org.tensorflow:tensorflow-core-api",
        "de.kherud:llama"
      ]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: [
        "org.deeplearning4j:*",
        "org.tribuo:*",
        "nz.ac.waikato.cms.weka:weka-stable",
        "com.github.haifengl:smile-core",
        "ml.dmlc:xgboost4j*",
        "org.apache.spark:spark-mllib*"
      ]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: [
        "io.pinecone:pinecone-client",
        "io.qdrant:client",
        "io.weaviate:client",
        "io.milvus:milvus-sdk-java",
        "com.pgvector:pgvector"
      ]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["tech.tablesaw:tablesaw-core", "org.jetbrains.kotlinx:dataframe*"]
    },
    {
      signal: "data.dataframe",
      strength: "weak",
      packages: ["org.apache.arrow:arrow-vector", "org.apache.parquet:parquet-hadoop"],
      note: "Columnar formats: often analytics, sometimes storage only."
    },
    {
      signal: "data.scientific",
      strength: "strong",
      packages: ["org.apache.commons:commons-math3", "org.nd4j:*", "org.hipparchus:*"]
    },
    {
      signal: "data.pipeline",
      strength: "strong",
      packages: [
        "org.apache.spark:spark-core*",
        "org.apache.spark:spark-sql*",
        "org.apache.beam:beam-*"
      ]
    },
    {
      signal: "data.stream-processing",
      strength: "strong",
      packages: [
        "org.apache.flink:flink-*",
        "org.apache.kafka:kafka-streams",
        "org.apache.spark:spark-streaming*"
      ]
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: [
        "org.springframework.boot:spring-boot-starter-websocket",
        "org.java-websocket:Java-WebSocket",
        "com.corundumstudio.socketio:netty-socketio",
        "jakarta.websocket:jakarta.websocket-api",
        "io.quarkus:quarkus-websockets*",
        "io.ktor:ktor-server-websockets*"
      ]
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["io.grpc:grpc-*"],
      note: "Client and server alike."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "strong",
      packages: ["net.devh:grpc-server-spring-boot-starter", "io.quarkus:quarkus-grpc"],
      note: "Server starters: the service serves gRPC."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "org.apache.kafka:kafka-clients",
        "org.springframework.kafka:spring-kafka",
        "com.rabbitmq:amqp-client",
        "org.springframework.boot:spring-boot-starter-amqp",
        "io.nats:jnats",
        "org.apache.pulsar:pulsar-client",
        "software.amazon.awssdk:sqs",
        "com.google.cloud:google-cloud-pubsub",
        "org.apache.activemq:*"
      ]
    },
    {
      signal: "latency.low-latency",
      strength: "strong",
      packages: ["com.lmax:disruptor", "net.openhft:chronicle-*"]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["org.openpnp:opencv", "org.bytedeco:javacv*", "com.twelvemonkeys.imageio:*"]
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: [
        "com.amazonaws:aws-lambda-java-core",
        "com.google.cloud.functions:functions-framework-api",
        "io.quarkus:quarkus-amazon-lambda*",
        "org.springframework.cloud:spring-cloud-function-adapter-aws"
      ]
    }
  ],
  frameworks: [
    {
      framework: "spring-boot",
      role: "web",
      model: "threads",
      packages: ["org.springframework.boot:spring-boot-starter-web"],
      note: "Servlet stack: a thread per request."
    },
    {
      framework: "spring-webflux",
      role: "web",
      model: "async",
      packages: ["org.springframework.boot:spring-boot-starter-webflux"]
    },
    {
      framework: "quarkus",
      role: "web",
      model: "async",
      packages: [
        "io.quarkus:quarkus-rest*",
        "io.quarkus:quarkus-resteasy*",
        "io.quarkus:quarkus-vertx-http"
      ]
    },
    {
      framework: "micronaut",
      role: "web",
      model: "async",
      packages: ["io.micronaut:micronaut-http-server-netty"]
    },
    {
      framework: "vert.x",
      role: "web",
      model: "event-loop",
      packages: ["io.vertx:vertx-web", "io.vertx:vertx-core"]
    },
    { framework: "javalin", role: "web", model: "threads", packages: ["io.javalin:javalin"] },
    {
      framework: "dropwizard",
      role: "web",
      model: "threads",
      packages: ["io.dropwizard:dropwizard-core"]
    },
    { framework: "ktor", role: "web", model: "async", packages: ["io.ktor:ktor-server-core*"] },
    {
      framework: "grpc-java",
      role: "rpc",
      model: "threads",
      packages: ["io.grpc:grpc-netty*", "net.devh:grpc-server-spring-boot-starter"]
    }
  ]
};

// src/core/3-detect/catalog/javascript.ts
var JAVASCRIPT_CATALOG = {
  ecosystem: "npm",
  title: "JavaScript and TypeScript (npm)",
  languages: ["javascript", "typescript", "tsx", "jsx"],
  importStyle: "npm",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "openai",
        "@anthropic-ai/sdk",
        "@google/generative-ai",
        "@google/genai",
        "cohere-ai",
        "@mistralai/mistralai",
        "groq-sdk",
        "together-ai",
        "replicate",
        "ollama",
        "@azure/openai",
        "@aws-sdk/client-bedrock-runtime",
        "ai",
        "@ai-sdk/*"
      ],
      note: "`ai` is the Vercel AI SDK; `@ai-sdk/*` are its provider packages."
    },
    {
      signal: "ai-ml.llm-client",
      strength: "weak",
      packages: ["@huggingface/inference", "tiktoken", "js-tiktoken"],
      note: "Hosted inference calls and tokenisers: AI-adjacent, not the workload itself."
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["langchain", "@langchain/*", "llamaindex", "@llamaindex/*", "@mastra/core"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "@xenova/transformers",
        "@huggingface/transformers",
        "onnxruntime-node",
        "node-llama-cpp",
        "@tensorflow/tfjs-node",
        "@tensorflow/tfjs-node-gpu",
        "@tensorflow-models/*"
      ]
    },
    {
      signal: "ai-ml.inference",
      strength: "weak",
      packages: ["onnxruntime-web", "@tensorflow/tfjs"],
      note: "Browser builds: inference may run in the user's browser, not in the service."
    },
    {
      signal: "ai-ml.training",
      strength: "weak",
      packages: ["brain.js", "ml.js"],
      note: "Small in-process learners."
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: [
        "@pinecone-database/pinecone",
        "@qdrant/js-client-rest",
        "chromadb",
        "weaviate-client",
        "weaviate-ts-client",
        "@zilliz/milvus2-sdk-node",
        "@lancedb/lancedb",
        "vectordb",
        "hnswlib-node",
        "faiss-node",
        "pgvector"
      ]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["danfojs", "danfojs-node", "apache-arrow", "arquero", "nodejs-polars"]
    },
    {
      signal: "data.dataframe",
      strength: "weak",
      packages: ["duckdb", "@duckdb/node-api"],
      note: "An embedded SQL engine."
    },
    {
      signal: "data.scientific",
      strength: "weak",
      packages: ["mathjs", "ml-matrix", "@stdlib/stdlib"],
      note: "Maths helpers: suggestive only."
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: [
        "ws",
        "socket.io",
        "uWebSockets.js",
        "@fastify/websocket",
        "express-ws",
        "sockjs",
        "@nestjs/websockets",
        "graphql-ws",
        "better-sse",
        "@hono/node-ws"
      ]
    },
    {
      signal: "concurrency.realtime",
      strength: "weak",
      packages: ["socket.io-client", "pusher", "ably"],
      note: "Clients and hosted realtime services: the connections are held elsewhere."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["@grpc/grpc-js", "@grpc/proto-loader", "@connectrpc/connect", "nice-grpc"],
      note: "Client and server alike."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "kafkajs",
        "@confluentinc/kafka-javascript",
        "node-rdkafka",
        "amqplib",
        "amqp-connection-manager",
        "nats",
        "bullmq",
        "bull",
        "@google-cloud/pubsub",
        "mqtt",
        "@azure/service-bus",
        "pulsar-client",
        "@aws-sdk/client-sqs"
      ]
    },
    {
      signal: "latency.low-latency",
      strength: "weak",
      packages: ["fast-json-stringify"],
      note: "Faster JSON."
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["sharp", "jimp", "canvas", "fluent-ffmpeg", "@napi-rs/canvas"]
    },
    {
      signal: "concurrency.threads",
      strength: "weak",
      packages: ["piscina", "workerpool", "threads"],
      note: "Worker-thread pools."
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: [
        "@aws-lambda-powertools/*",
        "serverless-http",
        "@vendia/serverless-express",
        "@google-cloud/functions-framework",
        "@azure/functions"
      ]
    }
  ],
  frameworks: [
    { framework: "express", role: "web", model: "event-loop", packages: ["express"] },
    { framework: "fastify", role: "web", model: "event-loop", packages: ["fastify"] },
    { framework: "koa", role: "web", model: "event-loop", packages: ["koa"] },
    { framework: "nestjs", role: "web", model: "event-loop", packages: ["@nestjs/core"] },
    { framework: "hono", role: "web", model: "event-loop", packages: ["hono"] },
    { framework: "hapi", role: "web", model: "event-loop", packages: ["@hapi/hapi"] },
    { framework: "restify", role: "web", model: "event-loop", packages: ["restify"] },
    { framework: "elysia", role: "web", model: "event-loop", packages: ["elysia"] },
    { framework: "trpc", role: "rpc", model: "event-loop", packages: ["@trpc/server"] },
    {
      framework: "node:http",
      role: "web",
      model: "event-loop",
      packages: [],
      imports: ["http", "node:http", "https", "node:https"],
      requiresHints: ["js.listen"],
      note: "The built-in server, counted only when the unit calls `.listen(`."
    }
  ]
};

// src/core/3-detect/catalog/php.ts
var PHP_CATALOG = {
  ecosystem: "packagist",
  title: "PHP (Packagist)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "openai-php/client",
        "openai-php/laravel",
        "mozex/anthropic-php",
        "google-gemini-php/client"
      ]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["theodo-group/llphant", "neuron-core/neuron-ai", "prism-php/prism"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: ["ankane/onnxruntime", "codewithkyrian/transformers"]
    },
    { signal: "ai-ml.training", strength: "strong", packages: ["rubix/ml", "php-ai/php-ml"] },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["pgvector/pgvector", "probots-io/pinecone-php", "hkulekci/qdrant"]
    },
    {
      signal: "data.scientific",
      strength: "weak",
      packages: ["markrogoyski/math-php"],
      note: "Maths helpers."
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: [
        "cboden/ratchet",
        "beyondcode/laravel-websockets",
        "laravel/reverb",
        "workerman/workerman"
      ]
    },
    {
      signal: "concurrency.realtime",
      strength: "weak",
      packages: ["pusher/pusher-php-server"],
      note: "A hosted realtime service: the connections are held elsewhere."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["grpc/grpc"],
      note: "Client side."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "php-amqplib/php-amqplib",
        "enqueue/rdkafka",
        "basis-company/nats",
        "longlang/phpkafka"
      ]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["intervention/image", "php-ffmpeg/php-ffmpeg", "spatie/image"]
    },
    { signal: "deployment.serverless", strength: "strong", packages: ["bref/bref"] }
  ],
  frameworks: [
    { framework: "laravel", role: "web", model: "sync", packages: ["laravel/framework"] },
    { framework: "symfony", role: "web", model: "sync", packages: ["symfony/framework-bundle"] },
    { framework: "slim", role: "web", model: "sync", packages: ["slim/slim"] },
    { framework: "reactphp", role: "web", model: "event-loop", packages: ["react/http"] },
    { framework: "hyperf", role: "web", model: "async", packages: ["hyperf/framework"] }
  ]
};

// src/core/3-detect/catalog/python.ts
var PYTHON_CATALOG = {
  ecosystem: "pypi",
  title: "Python (PyPI)",
  languages: ["python"],
  importStyle: "python",
  signals: [
    // LLM API clients
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "openai",
        "anthropic",
        "cohere",
        "mistralai",
        "groq",
        "together",
        "replicate",
        "ollama",
        "litellm",
        "voyageai",
        "ai21"
      ]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["google-genai"],
      imports: ["google.genai"],
      note: "The current Gemini SDK; imported as `google.genai`."
    },
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["google-generativeai"],
      imports: ["google.generativeai"],
      note: "The older Gemini SDK; imported as `google.generativeai`."
    },
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["google-cloud-aiplatform"],
      imports: ["vertexai", "google.cloud.aiplatform"]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["fireworks-ai"],
      imports: ["fireworks"]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "weak",
      packages: ["huggingface-hub", "tiktoken"],
      note: "Model downloads, hosted inference calls and tokenisers: AI-adjacent, not the workload itself."
    },
    // Orchestration
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: [
        "langchain",
        "langgraph",
        "llama-index",
        "dspy",
        "crewai",
        "semantic-kernel",
        "instructor",
        "guidance",
        "pydantic-ai",
        "smolagents",
        "outlines"
      ]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["langchain-*"],
      imports: ["langchain_*"],
      note: "LangChain integration packages (`langchain-openai`, `langchain-community`, ...)."
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["llama-index-*"],
      imports: [],
      note: "LlamaIndex integrations; their code is imported under `llama_index`, matched by `llama-index`."
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["haystack-ai", "farm-haystack"],
      imports: ["haystack"]
    },
    { signal: "ai-ml.llm-orchestration", strength: "strong", packages: ["dspy-ai"], imports: [] },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["pyautogen", "autogen", "autogen-agentchat", "ag2"],
      imports: ["autogen", "autogen_agentchat"]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["openai-agents"],
      imports: [],
      note: "Imported as `agents`, too generic a name to match from imports."
    },
    // Local inference
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "transformers",
        "sentence-transformers",
        "diffusers",
        "vllm",
        "onnxruntime",
        "tensorrt",
        "ctransformers",
        "optimum",
        "spacy",
        "openvino",
        "ultralytics",
        "exllamav2",
        "sglang",
        "easyocr",
        "stanza",
        "faster-whisper"
      ]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: ["onnxruntime-gpu"],
      imports: ["onnxruntime"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: ["llama-cpp-python"],
      imports: ["llama_cpp"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: ["openai-whisper"],
      imports: ["whisper"]
    },
    {
      signal: "ai-ml.inference",
      strength: "weak",
      packages: ["nltk", "tokenizers", "safetensors", "tritonclient"],
      note: "Text utilities, tensor files and a client to a separate model server: suggestive only."
    },
    // Training
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: [
        "torch",
        "tensorflow",
        "keras",
        "jax",
        "flax",
        "optax",
        "xgboost",
        "lightgbm",
        "catboost",
        "accelerate",
        "peft",
        "trl",
        "deepspeed",
        "lightning",
        "pytorch-lightning",
        "torchvision",
        "torchaudio",
        "timm",
        "bitsandbytes",
        "gensim",
        "mxnet",
        "prophet",
        "mlx"
      ]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: ["scikit-learn", "sklearn"],
      imports: ["sklearn"]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: ["tensorflow-cpu", "tensorflow-gpu", "tf-nightly"],
      imports: ["tensorflow"]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: ["paddlepaddle"],
      imports: ["paddle"]
    },
    {
      signal: "ai-ml.training",
      strength: "weak",
      packages: ["mlflow", "wandb", "optuna"],
      note: "Experiment tracking and tuning: around training, not training itself."
    },
    // Vector stores
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: [
        "qdrant-client",
        "pymilvus",
        "chromadb",
        "pgvector",
        "lancedb",
        "hnswlib",
        "annoy",
        "usearch",
        "turbopuffer"
      ]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["pinecone", "pinecone-client"],
      imports: ["pinecone"]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["weaviate-client"],
      imports: ["weaviate"]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["faiss-cpu", "faiss-gpu"],
      imports: ["faiss"]
    },
    // Data
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["pandas", "polars", "pyarrow", "modin", "vaex"]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["ibis-framework"],
      imports: ["ibis"]
    },
    {
      signal: "data.dataframe",
      strength: "weak",
      packages: ["duckdb"],
      note: "An embedded SQL engine: often analytics, sometimes just a local database."
    },
    {
      signal: "data.scientific",
      strength: "strong",
      packages: ["scipy", "statsmodels", "sympy", "xarray", "astropy"]
    },
    {
      signal: "data.scientific",
      strength: "weak",
      packages: ["numpy", "numexpr", "networkx"],
      note: "NumPy alone is everywhere (it comes with half of PyPI); suggestive only."
    },
    {
      signal: "data.pipeline",
      strength: "strong",
      packages: ["dask", "pyspark", "ray", "dagster", "prefect", "luigi", "kedro"]
    },
    {
      signal: "data.pipeline",
      strength: "strong",
      packages: ["apache-beam"],
      imports: ["apache_beam"]
    },
    {
      signal: "data.pipeline",
      strength: "strong",
      packages: ["apache-airflow"],
      imports: ["airflow"]
    },
    { signal: "data.pipeline", strength: "strong", packages: ["dbt-core"], imports: ["dbt"] },
    {
      signal: "data.stream-processing",
      strength: "strong",
      packages: ["faust-streaming", "faust"],
      imports: ["faust"]
    },
    { signal: "data.stream-processing", strength: "strong", packages: ["bytewax", "quixstreams"] },
    {
      signal: "data.stream-processing",
      strength: "strong",
      packages: ["apache-flink"],
      imports: ["pyflink"]
    },
    // Realtime
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["websockets", "channels", "aiortc"]
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["python-socketio"],
      imports: ["socketio"]
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["flask-socketio", "flask-sock"]
    },
    { signal: "concurrency.realtime", strength: "strong", packages: ["sse-starlette"] },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["gevent-websocket"],
      imports: ["geventwebsocket"]
    },
    {
      signal: "concurrency.realtime",
      strength: "weak",
      packages: ["wsproto", "simple-websocket", "websocket-client"],
      note: "Protocol building blocks and clients: a service may only call out over a WebSocket."
    },
    // gRPC
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["grpcio"],
      imports: ["grpc"],
      note: "Client and server alike; a dependency alone does not say the service serves gRPC."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "strong",
      packages: ["grpcio-reflection", "grpcio-health-checking"],
      imports: ["grpc_reflection", "grpc_health"],
      note: "Server-side add-ons: the service serves gRPC."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["grpcio-tools"],
      imports: ["grpc_tools"]
    },
    // Brokers
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["kafka-python"],
      imports: ["kafka"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["confluent-kafka", "aiokafka", "pika", "aio-pika", "faststream"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["nats-py"],
      imports: ["nats"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["pulsar-client"],
      imports: ["pulsar"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["paho-mqtt"],
      imports: ["paho.mqtt"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["google-cloud-pubsub"],
      imports: ["google.cloud.pubsub", "google.cloud.pubsub_v1"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["azure-servicebus"],
      imports: ["azure.servicebus"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "weak",
      packages: ["celery", "rq", "dramatiq", "arq", "kombu"],
      note: "Task queues: background jobs over a broker, not necessarily a stream of events."
    },
    // Latency
    { signal: "latency.low-latency", strength: "strong", packages: ["uvloop"] },
    {
      signal: "latency.low-latency",
      strength: "weak",
      packages: ["orjson", "ujson", "msgspec", "httptools"],
      note: "Faster serialisation and parsing: a hint that latency is watched."
    },
    // CPU-bound
    { signal: "resource.cpu-bound", strength: "strong", packages: ["pillow"], imports: ["PIL"] },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["opencv-python", "opencv-python-headless", "opencv-contrib-python"],
      imports: ["cv2"]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["numba", "moviepy", "pyvips", "wand"]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["ffmpeg-python"],
      imports: ["ffmpeg"]
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["scikit-image"],
      imports: ["skimage"]
    },
    {
      signal: "resource.cpu-bound",
      strength: "weak",
      packages: ["cython", "imageio"],
      imports: ["Cython", "imageio"],
      note: "Compiled extensions and image I/O: often, not always, heavy CPU work."
    },
    // Deployment
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: ["mangum", "aws-lambda-powertools", "functions-framework", "chalice", "zappa"]
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: ["azure-functions"],
      imports: ["azure.functions"]
    },
    {
      signal: "deployment.single-binary",
      strength: "strong",
      packages: ["pyinstaller", "nuitka"],
      imports: [],
      note: "Freezing Python into one executable: the team wants single-binary deployment."
    },
    // Prototype
    {
      signal: "prototype.rapid-ui",
      strength: "strong",
      packages: ["streamlit", "gradio", "dash", "panel", "nicegui", "chainlit"]
    },
    {
      signal: "prototype.notebook",
      strength: "weak",
      packages: ["jupyter", "jupyterlab", "notebook", "ipykernel", "voila"],
      imports: [],
      note: "Notebook tooling as a runtime dependency."
    }
  ],
  frameworks: [
    { framework: "flask", role: "web", model: "sync", packages: ["flask"] },
    { framework: "django", role: "web", model: "sync", packages: ["django"] },
    { framework: "bottle", role: "web", model: "sync", packages: ["bottle"] },
    { framework: "pyramid", role: "web", model: "sync", packages: ["pyramid"] },
    { framework: "falcon", role: "web", model: "sync", packages: ["falcon"] },
    { framework: "fastapi", role: "web", model: "async", packages: ["fastapi"] },
    { framework: "starlette", role: "web", model: "async", packages: ["starlette"] },
    {
      framework: "aiohttp",
      role: "web",
      model: "async",
      packages: ["aiohttp"],
      imports: ["aiohttp.web"]
    },
    { framework: "sanic", role: "web", model: "async", packages: ["sanic"] },
    { framework: "quart", role: "web", model: "async", packages: ["quart"] },
    { framework: "tornado", role: "web", model: "async", packages: ["tornado"] },
    { framework: "litestar", role: "web", model: "async", packages: ["litestar"] },
    {
      framework: "channels",
      role: "web",
      model: "async",
      packages: ["channels"],
      note: "Django Channels: ASGI consumers for WebSockets next to sync Django views."
    },
    {
      framework: "celery",
      role: "worker",
      model: "threads",
      packages: ["celery"],
      note: "Prefork processes by default, threads or gevent pools on request."
    },
    { framework: "rq", role: "worker", model: "sync", packages: ["rq"] },
    { framework: "dramatiq", role: "worker", model: "threads", packages: ["dramatiq"] },
    { framework: "arq", role: "worker", model: "async", packages: ["arq"] },
    {
      framework: "grpcio",
      role: "rpc",
      model: "threads",
      packages: ["grpcio-reflection", "grpcio-health-checking"],
      imports: ["grpc_reflection", "grpc_health"],
      note: "A gRPC server: a thread pool per server (grpc.aio is asyncio)."
    },
    { framework: "streamlit", role: "ui", model: "threads", packages: ["streamlit"] },
    { framework: "gradio", role: "ui", model: "async", packages: ["gradio"] },
    { framework: "dash", role: "ui", model: "sync", packages: ["dash"] }
  ]
};

// src/core/3-detect/catalog/ruby.ts
var RUBY_CATALOG = {
  ecosystem: "rubygems",
  title: "Ruby (RubyGems)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "ruby-openai",
        "openai",
        "anthropic",
        "ruby_llm",
        "gemini-ai",
        "cohere-ruby",
        "ollama-ai"
      ]
    },
    { signal: "ai-ml.llm-orchestration", strength: "strong", packages: ["langchainrb", "boxcars"] },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: ["onnxruntime", "informers", "transformers-rb"]
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: ["torch-rb", "rumale", "xgboost", "lightgbm"]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["pgvector", "neighbor", "qdrant-ruby", "pinecone", "weaviate-ruby", "chroma-db"]
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["rover-df", "polars-df", "daru", "red-arrow"]
    },
    {
      signal: "data.scientific",
      strength: "weak",
      packages: ["numo-narray"],
      note: "Numeric arrays."
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: ["actioncable", "anycable", "anycable-rails", "faye-websocket"]
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["grpc"],
      note: "Client and server alike."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: ["ruby-kafka", "rdkafka", "karafka", "bunny", "sneakers", "nats-pure", "shoryuken"]
    },
    {
      signal: "concurrency.message-broker",
      strength: "weak",
      packages: ["sidekiq", "resque", "good_job", "solid_queue"],
      note: "Background-job queues."
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["ruby-vips", "mini_magick", "rmagick", "image_processing"]
    }
  ],
  frameworks: [
    { framework: "rails", role: "web", model: "sync", packages: ["rails"] },
    { framework: "sinatra", role: "web", model: "sync", packages: ["sinatra"] },
    { framework: "hanami", role: "web", model: "sync", packages: ["hanami"] },
    { framework: "roda", role: "web", model: "sync", packages: ["roda"] },
    { framework: "grape", role: "web", model: "sync", packages: ["grape"] },
    { framework: "falcon", role: "web", model: "async", packages: ["falcon"] },
    { framework: "sidekiq", role: "worker", model: "threads", packages: ["sidekiq"] }
  ]
};

// src/core/3-detect/catalog/rust.ts
var RUST_CATALOG = {
  ecosystem: "cargo",
  title: "Rust (crates.io)",
  languages: [],
  importStyle: "none",
  signals: [
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: ["async-openai", "openai-api-rs", "ollama-rs", "genai", "anthropic-sdk"]
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "strong",
      packages: ["rig-core", "llm-chain", "langchain-rust"]
    },
    {
      signal: "ai-ml.inference",
      strength: "strong",
      packages: [
        "candle-core",
        "candle-transformers",
        "candle-nn",
        "ort",
        "tract-onnx",
        "llama-cpp-2",
        "mistralrs",
        "rust-bert",
        "fastembed"
      ]
    },
    {
      signal: "ai-ml.inference",
      strength: "weak",
      packages: ["tokenizers", "safetensors"],
      note: "Building blocks only."
    },
    {
      signal: "ai-ml.training",
      strength: "strong",
      packages: ["burn", "tch", "linfa", "smartcore", "dfdx"]
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["qdrant-client", "pgvector", "lancedb", "hnsw_rs", "pinecone-sdk"]
    },
    { signal: "data.dataframe", strength: "strong", packages: ["polars", "arrow"] },
    { signal: "data.pipeline", strength: "strong", packages: ["datafusion", "ballista"] },
    {
      signal: "data.scientific",
      strength: "weak",
      packages: ["ndarray", "nalgebra", "statrs"],
      note: "Numeric building blocks."
    },
    {
      signal: "data.stream-processing",
      strength: "strong",
      packages: ["timely", "differential-dataflow", "arroyo"]
    },
    {
      signal: "concurrency.realtime",
      strength: "strong",
      packages: [
        "tokio-tungstenite",
        "tungstenite",
        "async-tungstenite",
        "actix-ws",
        "socketioxide"
      ]
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["tonic"],
      note: "Client and server alike."
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "rdkafka",
        "lapin",
        "async-nats",
        "nats",
        "pulsar",
        "rumqttc",
        "paho-mqtt",
        "aws-sdk-sqs"
      ]
    },
    {
      signal: "latency.low-latency",
      strength: "weak",
      packages: ["simd-json", "sonic-rs"],
      note: "Faster JSON."
    },
    {
      signal: "resource.cpu-bound",
      strength: "strong",
      packages: ["image", "opencv", "ffmpeg-next"]
    },
    {
      signal: "concurrency.threads",
      strength: "weak",
      packages: ["rayon"],
      note: "Data parallelism on a thread pool."
    },
    {
      signal: "deployment.serverless",
      strength: "strong",
      packages: ["lambda_runtime", "lambda_http"]
    }
  ],
  frameworks: [
    { framework: "actix-web", role: "web", model: "async", packages: ["actix-web"] },
    { framework: "axum", role: "web", model: "async", packages: ["axum"] },
    { framework: "rocket", role: "web", model: "async", packages: ["rocket"] },
    { framework: "warp", role: "web", model: "async", packages: ["warp"] },
    { framework: "poem", role: "web", model: "async", packages: ["poem"] },
    { framework: "tonic", role: "rpc", model: "async", packages: ["tonic"] },
    {
      framework: "tokio",
      role: "worker",
      model: "async",
      packages: ["tokio"],
      note: "The async runtime itself; web frameworks above run on it."
    }
  ]
};

// src/core/3-detect/catalog/index.ts
var CATALOGS = [
  PYTHON_CATALOG,
  GO_CATALOG,
  JAVASCRIPT_CATALOG,
  JAVA_CATALOG,
  RUST_CATALOG,
  DOTNET_CATALOG,
  RUBY_CATALOG,
  PHP_CATALOG,
  ELIXIR_CATALOG
];

// src/core/3-detect/catalog/files.ts
var FILE_RULES2 = [
  {
    signal: "ai-ml.model-artifact",
    extensions: [
      ".onnx",
      ".pt",
      ".pth",
      ".safetensors",
      ".gguf",
      ".ggml",
      ".keras",
      ".tflite",
      ".mlmodel",
      ".joblib"
    ],
    strength: "strong",
    reason: "Formats used for model weights only."
  },
  {
    signal: "ai-ml.model-artifact",
    extensions: [".pkl", ".h5"],
    strength: "strong",
    strongFromBytes: 1024 * 1024,
    reason: "Pickle and HDF5 also hold plain data; from 1 MiB they are most likely model weights."
  },
  {
    signal: "prototype.notebook",
    extensions: [".ipynb"],
    strength: "weak",
    reason: "Jupyter notebooks: exploratory work kept next to the service."
  }
];
var STRONG_NOTEBOOK_COUNT = 3;

// src/core/3-detect/catalog/hints.ts
var HINT_RULES = [
  {
    hint: "py.websocket-handler",
    signal: "concurrency.realtime",
    strength: "strong",
    reason: "A WebSocket or Socket.IO handler holds a connection open per client."
  },
  {
    hint: "py.streaming-response",
    signal: "concurrency.realtime",
    strength: "strong",
    reason: "A streaming or server-sent-events response holds a connection open while it streams."
  },
  {
    hint: "py.threading",
    signal: "concurrency.threads",
    strength: "weak",
    when: {
      textIncludes: ["ThreadPoolExecutor"],
      orUnitSignals: [
        "resource.cpu-bound",
        "data.scientific",
        "data.dataframe",
        "ai-ml.inference",
        "ai-ml.training"
      ]
    },
    reason: "Thread pools, or threads in a service with CPU-heavy libraries; a lone background thread is not a signal."
  },
  {
    hint: "js.worker-threads",
    signal: "concurrency.threads",
    strength: "weak",
    reason: "Node worker threads move work off the event loop."
  }
];

// src/core/3-detect/catalog/sources.ts
var TEST_DIRECTORIES = [
  "test",
  "tests",
  "__tests__",
  "testing",
  "spec",
  "e2e"
];
var TEST_FILE_PATTERNS = [
  /^test_.*\.py$/,
  /_test\.py$/,
  /^conftest\.py$/,
  /_test\.go$/,
  /\.(test|spec)\.[cm]?[jt]sx?$/
];

// src/core/3-detect/deploy-files.ts
var import_yaml2 = __toESM(require_dist(), 1);
import * as posix from "node:path/posix";

// src/core/3-detect/catalog/kubernetes.ts
var MI = 1024 * 1024;
var INFRA_THRESHOLDS = {
  replicas: {
    signal: "concurrency.high-throughput",
    strength: "weak",
    compare: "at-least",
    limit: 5,
    display: "5 replicas",
    reason: "Five or more fixed replicas (Deployment/StatefulSet `replicas`, Helm `replicaCount`, Compose `deploy.replicas`) suggest sustained load, but replicas are also kept for availability, so the signal is weak."
  },
  autoscalerMax: {
    signal: "concurrency.high-throughput",
    strength: "strong",
    compare: "at-least",
    limit: 10,
    display: "10 replicas",
    reason: "An autoscaler allowed to grow to ten or more replicas (HorizontalPodAutoscaler `maxReplicas`, KEDA `maxReplicaCount`, Helm `autoscaling.maxReplicas` when enabled) is sized for traffic peaks."
  },
  memoryLimit: {
    signal: "resource.tight-limits",
    strength: "strong",
    compare: "at-most",
    limit: 256 * MI,
    display: "256Mi",
    reason: "A CPython web process with a framework and a few dependencies commonly sits at 60\u2013150 MiB per worker; at 256 MiB or less there is room for one or two workers, which is where Go's smaller footprint pays."
  },
  cpuLimit: {
    signal: "resource.tight-limits",
    strength: "strong",
    compare: "at-most",
    limit: 0.25,
    display: "250m (0.25 CPU)",
    reason: "A quarter of a core or less is throttled quickly by CPU-bound or interpreted request handling; the guide names low resource cost as Go's ground."
  }
};
var GPU_RESOURCE_NAMES = [
  "nvidia.com/gpu",
  "amd.com/gpu",
  "gpu.intel.com/i915"
];
var GPU_COMPOSE_DRIVERS = ["nvidia"];
var REPLICATED_KINDS = ["Deployment", "StatefulSet", "ReplicaSet"];
var MAX_DEPLOYMENT_YAML_BYTES = 512 * 1024;

// src/core/3-detect/deploy-files.ts
var COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i;
var VALUES_NAME = /^values([.-][\w.-]*)?\.ya?ml$/i;
var YAML_NAME = /\.ya?ml$/i;
function classifyDeploymentFile(path, paths) {
  const base = posix.basename(path);
  if (!YAML_NAME.test(base)) return void 0;
  if (COMPOSE_NAME.test(base)) return "compose";
  const dir = posix.dirname(path);
  if (VALUES_NAME.test(base) && hasChart(dir, paths)) return "helm-values";
  for (let d = dir; d !== "." && d !== "/" && d !== ""; d = posix.dirname(d)) {
    if (posix.basename(d) === "templates" && hasChart(posix.dirname(d), paths))
      return "helm-template";
  }
  return "yaml";
}
function hasChart(dir, paths) {
  const prefix = dir === "." ? "" : `${dir}/`;
  return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`);
}
var LOOKS_LIKE_KUBERNETES = /^apiVersion\s*:/m;
var HAS_KIND = /^kind\s*:/m;
function detectDeploymentFiles(ctx, unit, add) {
  const paths = new Set(unit.files.map((f) => f.path));
  for (const file of unit.files) {
    const kind = classifyDeploymentFile(file.path, paths);
    if (kind === void 0 || kind === "helm-template") continue;
    if (file.size > MAX_DEPLOYMENT_YAML_BYTES) {
      if (kind !== "yaml") {
        ctx.diagnose({
          severity: "info",
          code: "file-too-large",
          message: `${file.path} is ${file.size} bytes, above the ${MAX_DEPLOYMENT_YAML_BYTES}-byte limit for deployment files; it was not read`,
          path: file.path
        });
      }
      continue;
    }
    const read = ctx.view.read(file.path, MAX_DEPLOYMENT_YAML_BYTES);
    if (!read.ok) {
      if (read.reason !== "missing") {
        ctx.diagnose({
          severity: "warning",
          code: read.reason === "binary" ? "binary-file" : read.reason,
          message: `Deployment file ${file.path} was not read: ${read.message}`,
          path: file.path
        });
      }
      continue;
    }
    const text2 = read.text;
    if (kind === "yaml" && !(LOOKS_LIKE_KUBERNETES.test(text2) && HAS_KIND.test(text2))) continue;
    scanYaml(ctx, file.path, text2, kind, unit.root, add);
  }
}
function scanYaml(ctx, path, text2, kind, unitRoot, add) {
  const lineCounter = new import_yaml2.LineCounter();
  let docs;
  try {
    const parsed = (0, import_yaml2.parseAllDocuments)(text2, { lineCounter });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    ctx.diagnose({
      severity: "warning",
      code: "manifest-parse",
      message: `${path} could not be parsed as YAML: ${error instanceof Error ? error.message : String(error)}`,
      path
    });
    return;
  }
  let lines;
  const lineText = (line) => {
    lines ??= text2.split(/\r?\n/);
    return (lines[line - 1] ?? "").trim().slice(0, 200);
  };
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0].line;
      ctx.diagnose({
        severity: "warning",
        code: "manifest-parse",
        message: `${path} has invalid YAML${line ? ` at line ${line}` : ""}: ${firstLine(error.message)}; this document was skipped`,
        path,
        ...line ? { line } : {}
      });
      continue;
    }
    const walker = {
      doc,
      line(node) {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : void 0;
      },
      emit(threshold, key) {
        const line = walker.line(key);
        if (line === void 0) return;
        add(threshold.signal, threshold.strength, { path, line, detail: lineText(line) });
      }
    };
    const root = doc.contents;
    if (!(0, import_yaml2.isMap)(root)) continue;
    if (kind === "compose") scanCompose(walker, root, path, unitRoot);
    else if (kind === "helm-values") scanHelmValues(walker, root);
    else scanKubernetes(walker, root);
  }
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
function resolve4(walker, node) {
  return (0, import_yaml2.isAlias)(node) ? node.resolve(walker.doc) : node;
}
function pairOf(walker, map, key) {
  const target = resolve4(walker, map);
  if (!(0, import_yaml2.isMap)(target)) return void 0;
  return target.items.find((p) => (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === key);
}
function valueOf(walker, map, key) {
  const pair = pairOf(walker, map, key);
  return pair ? resolve4(walker, pair.value) : void 0;
}
function scalar(node) {
  return (0, import_yaml2.isScalar)(node) ? node.value : void 0;
}
function numberOf(node) {
  const v = scalar(node);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return void 0;
}
function fires(threshold, value) {
  if (value === void 0) return false;
  return threshold.compare === "at-least" ? value >= threshold.limit : value > 0 && value <= threshold.limit;
}
function checkNumber(walker, map, key, threshold) {
  const pair = pairOf(walker, map, key);
  if (pair && fires(threshold, numberOf(resolve4(walker, pair.value))))
    walker.emit(threshold, pair.key);
}
var K8S_MEMORY_UNITS = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  m: 1e-3
};
function kubernetesBytes(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(Ki|Mi|Gi|Ti|k|M|G|T|m)?\s*$/.exec(value);
  if (!m) return void 0;
  return Number(m[1]) * (K8S_MEMORY_UNITS[m[2] ?? ""] ?? 1);
}
function kubernetesCores(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m)?\s*$/.exec(value);
  if (!m) return void 0;
  return m[2] ? Number(m[1]) / 1e3 : Number(m[1]);
}
var DOCKER_MEMORY_UNITS = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function composeBytes(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([bkmg])?b?\s*$/i.exec(value);
  if (!m) return void 0;
  return Number(m[1]) * (DOCKER_MEMORY_UNITS[(m[2] ?? "b").toLowerCase()] ?? 1);
}
function composeCores(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return void 0;
}
function scanResources(walker, node, depth2 = 0) {
  if (depth2 > 40) return;
  if ((0, import_yaml2.isSeq)(node)) {
    for (const item of node.items) scanResources(walker, item, depth2 + 1);
    return;
  }
  if (!(0, import_yaml2.isMap)(node)) return;
  for (const pair of node.items) {
    const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === "initContainers") continue;
    if (key === "resources" && (0, import_yaml2.isMap)(pair.value)) checkResources(walker, pair.value);
    else scanResources(walker, pair.value, depth2 + 1);
  }
}
function checkResources(walker, resources) {
  for (const section of ["limits", "requests"]) {
    const block = valueOf(walker, resources, section);
    for (const gpu of GPU_RESOURCE_NAMES) {
      const pair = pairOf(walker, block, gpu);
      if (pair && (numberOf(resolve4(walker, pair.value)) ?? 0) > 0) {
        walker.emit({ signal: "ai-ml.gpu", strength: "strong" }, pair.key);
      }
    }
  }
  const limits = valueOf(walker, resources, "limits");
  const memory = pairOf(walker, limits, "memory");
  if (memory && fires(INFRA_THRESHOLDS.memoryLimit, kubernetesBytes(scalar(resolve4(walker, memory.value))))) {
    walker.emit(INFRA_THRESHOLDS.memoryLimit, memory.key);
  }
  const cpu = pairOf(walker, limits, "cpu");
  if (cpu && fires(INFRA_THRESHOLDS.cpuLimit, kubernetesCores(scalar(resolve4(walker, cpu.value))))) {
    walker.emit(INFRA_THRESHOLDS.cpuLimit, cpu.key);
  }
}
function scanKubernetes(walker, root) {
  const apiVersion = scalar(valueOf(walker, root, "apiVersion"));
  const kind = scalar(valueOf(walker, root, "kind"));
  if (typeof apiVersion !== "string" || typeof kind !== "string") return;
  const spec = valueOf(walker, root, "spec");
  if (REPLICATED_KINDS.includes(kind))
    checkNumber(walker, spec, "replicas", INFRA_THRESHOLDS.replicas);
  if (kind === "HorizontalPodAutoscaler")
    checkNumber(walker, spec, "maxReplicas", INFRA_THRESHOLDS.autoscalerMax);
  if (kind === "ScaledObject")
    checkNumber(walker, spec, "maxReplicaCount", INFRA_THRESHOLDS.autoscalerMax);
  scanResources(walker, spec);
}
function scanHelmValues(walker, root) {
  checkNumber(walker, root, "replicaCount", INFRA_THRESHOLDS.replicas);
  scanAutoscaling(walker, root, 0);
  scanResources(walker, root);
}
function scanAutoscaling(walker, node, depth2) {
  if (depth2 > 40 || !(0, import_yaml2.isMap)(node)) return;
  for (const pair of node.items) {
    const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === "autoscaling" && (0, import_yaml2.isMap)(pair.value)) {
      if (scalar(valueOf(walker, pair.value, "enabled")) === false) continue;
      checkNumber(walker, pair.value, "maxReplicas", INFRA_THRESHOLDS.autoscalerMax);
    } else {
      scanAutoscaling(walker, pair.value, depth2 + 1);
    }
  }
}
function scanCompose(walker, root, path, unitRoot) {
  const services = valueOf(walker, root, "services");
  if (!(0, import_yaml2.isMap)(services)) return;
  const composeDir = posix.dirname(path);
  for (const pair of services.items) {
    const service = resolve4(walker, pair.value);
    if (!(0, import_yaml2.isMap)(service) || !builtInside(walker, service, composeDir, unitRoot)) continue;
    const runtime = pairOf(walker, service, "runtime");
    if (runtime && GPU_COMPOSE_DRIVERS.includes(String(scalar(resolve4(walker, runtime.value))))) {
      walker.emit({ signal: "ai-ml.gpu", strength: "strong" }, runtime.key);
    }
    const gpus = pairOf(walker, service, "gpus");
    if (gpus) walker.emit({ signal: "ai-ml.gpu", strength: "strong" }, gpus.key);
    const deploy = valueOf(walker, service, "deploy");
    const devices = valueOf(
      walker,
      valueOf(walker, valueOf(walker, deploy, "resources"), "reservations"),
      "devices"
    );
    if ((0, import_yaml2.isSeq)(devices)) {
      for (const device of devices.items) {
        const driver = pairOf(walker, device, "driver");
        const capabilities = valueOf(walker, device, "capabilities");
        const gpuCapability = (0, import_yaml2.isSeq)(capabilities) && capabilities.items.some((c) => scalar(c) === "gpu");
        if (driver && GPU_COMPOSE_DRIVERS.includes(String(scalar(resolve4(walker, driver.value))))) {
          walker.emit({ signal: "ai-ml.gpu", strength: "strong" }, driver.key);
        } else if (gpuCapability) {
          walker.emit(
            { signal: "ai-ml.gpu", strength: "strong" },
            pairOf(walker, device, "capabilities")?.key
          );
        }
      }
    }
    const limits = valueOf(walker, valueOf(walker, deploy, "resources"), "limits");
    for (const [map, key] of [
      [service, "mem_limit"],
      [limits, "memory"]
    ]) {
      const p = pairOf(walker, map, key);
      if (p && fires(INFRA_THRESHOLDS.memoryLimit, composeBytes(scalar(resolve4(walker, p.value))))) {
        walker.emit(INFRA_THRESHOLDS.memoryLimit, p.key);
      }
    }
    for (const [map, key] of [
      [service, "cpus"],
      [limits, "cpus"]
    ]) {
      const p = pairOf(walker, map, key);
      if (p && fires(INFRA_THRESHOLDS.cpuLimit, composeCores(scalar(resolve4(walker, p.value))))) {
        walker.emit(INFRA_THRESHOLDS.cpuLimit, p.key);
      }
    }
    checkNumber(walker, deploy, "replicas", INFRA_THRESHOLDS.replicas);
  }
}
function builtInside(walker, service, composeDir, unitRoot) {
  const build2 = valueOf(walker, service, "build");
  if (build2 === void 0) return false;
  const raw = (0, import_yaml2.isMap)(build2) ? scalar(valueOf(walker, build2, "context")) ?? "." : scalar(build2);
  if (typeof raw !== "string" || /^[a-z]+:\/\//i.test(raw) || raw.startsWith("git@")) return false;
  const context = posix.normalize(posix.join(composeDir, raw));
  return unitRoot === "." ? !context.startsWith("..") : context === unitRoot || context.startsWith(`${unitRoot}/`);
}

// src/core/3-detect/catalog/docker.ts
var BASE_IMAGE_RULES = [
  {
    signal: "ai-ml.gpu",
    strength: "strong",
    images: [
      "nvidia/cuda",
      "nvcr.io/nvidia/*",
      "pytorch/pytorch",
      "vllm/vllm-openai",
      "huggingface/*",
      "ghcr.io/huggingface/*",
      "rocm/*"
    ],
    reason: "CUDA and ROCm runtimes, NVIDIA NGC images, PyTorch and Hugging Face images ship a GPU stack."
  },
  {
    signal: "ai-ml.gpu",
    strength: "strong",
    images: ["*"],
    requires: ["cuda", "gpu"],
    reason: "Any image whose name or tag says CUDA or GPU (`tensorflow/tensorflow:2.16.1-gpu`)."
  },
  {
    signal: "ai-ml.inference",
    strength: "strong",
    images: [
      "vllm/vllm-openai",
      "ghcr.io/huggingface/text-generation-inference",
      "ghcr.io/huggingface/text-embeddings-inference",
      "nvcr.io/nvidia/tritonserver",
      "ollama/ollama",
      "ghcr.io/ggerganov/llama.cpp",
      "ghcr.io/ggml-org/llama.cpp"
    ],
    reason: "Model servers: the container serves a model."
  },
  {
    signal: "ai-ml.training",
    strength: "weak",
    images: [
      "pytorch/pytorch",
      "tensorflow/tensorflow",
      "nvcr.io/nvidia/pytorch",
      "nvcr.io/nvidia/tensorflow"
    ],
    reason: "The image ships a training framework; whether the service trains is not known."
  },
  {
    signal: "deployment.single-binary",
    strength: "strong",
    images: [
      "scratch",
      "gcr.io/distroless/static*",
      "gcr.io/distroless/base*",
      "cgr.dev/chainguard/static"
    ],
    requiresGoBuild: true,
    reason: "An empty or distroless runtime image holding a Go binary: single-binary deployment."
  },
  {
    signal: "deployment.serverless",
    strength: "strong",
    images: ["public.ecr.aws/lambda/*", "amazon/aws-lambda-*"],
    reason: "AWS Lambda base images."
  }
];
var GO_BUILDER_IMAGES = [
  "golang",
  "cgr.dev/chainguard/go",
  "tinygo/tinygo"
];
var DOCKER_ENV_RULES = [
  {
    signal: "deployment.single-binary",
    strength: "weak",
    variable: "CGO_ENABLED",
    value: "0",
    reason: "A Go build without cgo links statically; the image it lands in is not known."
  }
];

// src/core/3-detect/dockerfile.ts
var REGISTRY_PREFIXES = [
  "docker.io/library/",
  "index.docker.io/library/",
  "docker.io/",
  "index.docker.io/",
  "library/"
];
function parseImageRef(text2) {
  let rest = text2.trim().replace(/^FROM\s+/i, "");
  while (rest.startsWith("--")) rest = rest.replace(/^--\S+\s*/, "");
  let ref = (rest.split(/\s+/)[0] ?? "").toLowerCase();
  if (ref === "") return void 0;
  const at = ref.indexOf("@");
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  let repository = colon > slash ? ref.slice(0, colon) : ref;
  const tag = colon > slash ? ref.slice(colon + 1) : "";
  if (repository.includes("$")) return void 0;
  for (const prefix of REGISTRY_PREFIXES) {
    if (repository.startsWith(prefix)) {
      repository = repository.slice(prefix.length);
      break;
    }
  }
  return { repository, tag: tag.includes("$") ? "" : tag };
}
function imageMatches(repository, pattern) {
  if (pattern.endsWith("*")) return repository.startsWith(pattern.slice(0, -1));
  return repository === pattern;
}
function detectDockerfile(manifest, unitIsGo, add) {
  const images = (manifest.baseImages ?? []).map((evidence) => ({
    evidence,
    ref: parseImageRef(evidence.detail)
  }));
  const goBuild = unitIsGo || images.some(
    ({ ref }) => ref !== void 0 && GO_BUILDER_IMAGES.some((p) => imageMatches(ref.repository, p))
  );
  for (const { evidence, ref } of images) {
    if (!ref) continue;
    for (const rule of BASE_IMAGE_RULES) {
      if (!rule.images.some((p) => imageMatches(ref.repository, p))) continue;
      if (rule.requires && !rule.requires.some((w) => `${ref.repository}:${ref.tag}`.includes(w)))
        continue;
      if (rule.requiresGoBuild && !goBuild) continue;
      add(rule.signal, rule.strength, { ...evidence, path: evidence.path || manifest.path });
    }
  }
  for (const evidence of manifest.env ?? []) {
    for (const rule of DOCKER_ENV_RULES) {
      const setting = new RegExp(
        `(?:^|[\\s;&])${rule.variable}(?:=|\\s+)["']?${rule.value}["']?(?=$|[\\s;&])`
      );
      if (setting.test(evidence.detail))
        add(rule.signal, rule.strength, { ...evidence, path: evidence.path || manifest.path });
    }
  }
}

// src/core/3-detect/match.ts
var PACKAGE_STYLE = {
  pypi: "python",
  go: "go",
  npm: "npm",
  cargo: "none",
  maven: "none",
  nuget: "none",
  rubygems: "none",
  packagist: "none",
  hex: "none"
};
function normalizePackage(ecosystem, name) {
  switch (ecosystem) {
    case "pypi":
      return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
    case "nuget":
    case "packagist":
      return name.trim().toLowerCase();
    case "cargo":
      return name.trim().toLowerCase().replace(/_/g, "-");
    default:
      return name.trim();
  }
}
function defaultImports(style, packages) {
  switch (style) {
    case "python":
      return packages.map((p) => p.replace(/-/g, "_"));
    case "go":
    case "npm":
      return [...packages];
    case "none":
      return [];
  }
}
function emptyIndex() {
  return { exact: /* @__PURE__ */ new Map(), prefixes: [] };
}
function addToIndex(index, key, target) {
  if (key.endsWith("*")) {
    const prefix = key.slice(0, -1);
    const existing = index.prefixes.find((p) => p.prefix === prefix);
    if (existing) existing.targets.push(target);
    else index.prefixes.push({ prefix, targets: [target] });
    return;
  }
  const list = index.exact.get(key);
  if (list) list.push(target);
  else index.exact.set(key, [target]);
}
function entriesOf(catalog) {
  const out = [];
  for (const e of catalog.signals) {
    out.push({
      target: {
        kind: "signal",
        signal: e.signal,
        category: categoryOf(e.signal),
        strength: e.strength
      },
      packages: e.packages,
      ...e.imports ? { imports: e.imports } : {}
    });
  }
  for (const f of catalog.frameworks) {
    out.push({
      target: { kind: "framework", entry: f },
      packages: f.packages,
      ...f.imports ? { imports: f.imports } : {}
    });
  }
  return out;
}
function categoryOf(signal) {
  return signal.slice(0, signal.indexOf("."));
}
function languagesOf(ecosystem) {
  return CATALOGS.find((c) => c.ecosystem === ecosystem)?.languages ?? [];
}
function compile(groups) {
  const compiled = { packages: /* @__PURE__ */ new Map(), imports: /* @__PURE__ */ new Map() };
  for (const { ecosystem, entries } of groups) {
    const style = PACKAGE_STYLE[ecosystem];
    let packages = compiled.packages.get(ecosystem);
    if (!packages) compiled.packages.set(ecosystem, packages = emptyIndex());
    const languageIndexes = [];
    for (const language of languagesOf(ecosystem)) {
      let entry = compiled.imports.get(language);
      if (!entry) compiled.imports.set(language, entry = { style, index: emptyIndex() });
      languageIndexes.push(entry.index);
    }
    for (const e of entries) {
      for (const p of e.packages) addToIndex(packages, normalizePackage(ecosystem, p), e.target);
      for (const name of e.imports ?? defaultImports(style, e.packages)) {
        for (const index of languageIndexes) addToIndex(index, name, e.target);
      }
    }
  }
  return compiled;
}
var builtin;
function builtinCatalog() {
  builtin ??= compile(CATALOGS.map((c) => ({ ecosystem: c.ecosystem, entries: entriesOf(c) })));
  return builtin;
}
function pathChain(name, separator) {
  const parts = name.split(separator);
  const out = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join(separator));
  return out;
}
function lookup(index, keys) {
  if (!index) return [];
  const out = [];
  for (const key of keys) {
    const exact = index.exact.get(key);
    if (exact) out.push(...exact);
    for (const p of index.prefixes) if (key.startsWith(p.prefix)) out.push(...p.targets);
  }
  return out;
}
function matchPackage(catalog, ecosystem, name) {
  const normalized = normalizePackage(ecosystem, name);
  const keys = ecosystem === "go" ? pathChain(normalized, "/") : [normalized];
  return lookup(catalog.packages.get(ecosystem), keys);
}
function npmPackageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? specifier;
}
function matchImport(catalog, language, module) {
  const entry = catalog.imports.get(language);
  if (!entry) return [];
  switch (entry.style) {
    case "python":
      return lookup(entry.index, pathChain(module, "."));
    case "go":
      return lookup(entry.index, pathChain(module, "/"));
    case "npm":
      return lookup(entry.index, [npmPackageOf(module)]);
    case "none":
      return [];
  }
}

// src/core/3-detect/detect-signals.ts
var MAX_EVIDENCE = 20;
var ECOSYSTEMS = new Set(CATALOGS.map((c) => c.ecosystem));
var CATEGORY_SET = new Set(CATEGORIES);
var SIGNAL_CATEGORY = new Map(SIGNALS.map((s) => [s.id, s.category]));
var CUSTOM_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/;
var Collector = class {
  items = /* @__PURE__ */ new Map();
  add(key, strength, evidence) {
    let item = this.items.get(key);
    if (!item) this.items.set(key, item = { evidence: /* @__PURE__ */ new Map() });
    const id = `${evidence.path}\0${evidence.line ?? 0}\0${evidence.detail}`;
    const existing = item.evidence.get(id);
    if (!existing || existing.strength === "weak" && strength === "strong")
      item.evidence.set(id, { evidence, strength });
  }
  has(key) {
    return this.items.has(key);
  }
  strength(key) {
    const item = this.items.get(key);
    return item && [...item.evidence.values()].some((e) => e.strength === "strong") ? "strong" : "weak";
  }
  /** Deduplicated, strongest first for the cap, then sorted by path, line and detail. */
  evidence(key) {
    const all = [...this.items.get(key)?.evidence.values() ?? []];
    all.sort(
      (a, b) => a.strength === b.strength ? compareEvidence2(a.evidence, b.evidence) : a.strength === "strong" ? -1 : 1
    );
    return all.slice(0, MAX_EVIDENCE).map((e) => e.evidence).sort(compareEvidence2);
  }
};
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareEvidence2(a, b) {
  return compareStrings2(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compareStrings2(a.detail, b.detail);
}
var customCache = /* @__PURE__ */ new WeakMap();
function compileCustom(custom) {
  const cached = customCache.get(custom);
  if (cached) return cached;
  const problems = [];
  const groups = /* @__PURE__ */ new Map();
  custom.forEach((entry, i) => {
    const where2 = `customSignals[${i}]`;
    const signal = typeof entry?.signal === "string" ? entry.signal : "";
    const category = SIGNAL_CATEGORY.get(signal) ?? (CUSTOM_ID.test(signal) ? signal.slice(0, signal.indexOf(".")) : "");
    if (!ECOSYSTEMS.has(entry?.ecosystem)) {
      problems.push(
        `${where2}: unknown ecosystem ${JSON.stringify(entry?.ecosystem)}; it was ignored`
      );
    } else if (!CATEGORY_SET.has(category)) {
      problems.push(
        `${where2}: signal ${JSON.stringify(signal)} is not \`category.trait\` with a category among ${CATEGORIES.join(", ")}; it was ignored`
      );
    } else if (entry.strength !== "strong" && entry.strength !== "weak") {
      problems.push(`${where2}: strength must be strong or weak; it was ignored`);
    } else if (!Array.isArray(entry.packages) || !entry.packages.every((p) => typeof p === "string" && p !== "")) {
      problems.push(`${where2}: packages must be a list of names; it was ignored`);
    } else {
      const list = groups.get(entry.ecosystem) ?? [];
      list.push({
        target: {
          kind: "signal",
          signal,
          category,
          strength: entry.strength
        },
        packages: entry.packages,
        ...Array.isArray(entry.imports) ? { imports: entry.imports.filter((m) => typeof m === "string") } : {}
      });
      groups.set(entry.ecosystem, list);
    }
  });
  const result2 = {
    catalog: compile([...groups].map(([ecosystem, entries]) => ({ ecosystem, entries }))),
    problems
  };
  customCache.set(custom, result2);
  return result2;
}
function isTestPath(relativePath) {
  const parts = relativePath.split("/");
  const base = parts.pop() ?? "";
  if (parts.some((p) => TEST_DIRECTORIES.includes(p))) return true;
  return TEST_FILE_PATTERNS.some((re) => re.test(base));
}
function relativeTo2(root, path) {
  return root === "." ? path : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
function firstPartyTest(unit) {
  const python = /* @__PURE__ */ new Set();
  const goModules = [];
  const npmNames = /* @__PURE__ */ new Set();
  for (const file of unit.files) {
    if (!file.path.endsWith(".py")) continue;
    const parts = relativeTo2(unit.root, file.path).split("/");
    if (parts[0] === "src" && parts.length > 1) parts.shift();
    const top = parts.length === 1 ? (parts[0] ?? "").replace(/\.py$/, "") : parts[0];
    if (top) python.add(top);
  }
  for (const m of unit.manifests) {
    if (!m.name) continue;
    if (m.type === "go.mod") goModules.push(m.name);
    else if (m.type === "package.json") npmNames.add(m.name);
    else if (m.type === "pyproject.toml" || m.type === "setup.py" || m.type === "setup.cfg") {
      python.add(m.name.toLowerCase().replace(/[-.]+/g, "_"));
    }
  }
  return (language, module) => {
    if (module.startsWith(".") || module.startsWith("/")) return true;
    if (language === "python") return python.has(module.split(".")[0] ?? module);
    if (language === "go") return goModules.some((m) => module === m || module.startsWith(`${m}/`));
    return npmNames.has(module) || [...npmNames].some((n) => module.startsWith(`${n}/`));
  };
}
function detectSignals(ctx, unit, language, options) {
  const catalogs = [builtinCatalog()];
  if (options.customSignals && options.customSignals.length > 0) {
    const custom = compileCustom(options.customSignals);
    catalogs.push(custom.catalog);
    for (const message of custom.problems)
      ctx.diagnose({ severity: "warning", code: "config", message });
  }
  const signals = new Collector();
  const categories = /* @__PURE__ */ new Map();
  const frameworkHits = [];
  const apply = (targets, strength, evidence, frameworks2) => {
    for (const target of targets) {
      if (target.kind === "signal") {
        categories.set(target.signal, target.category);
        signals.add(target.signal, strength(target.strength), evidence);
      } else if (frameworks2) {
        frameworkHits.push({ entry: target.entry, evidence });
      }
    }
  };
  const addSignal = (signal, strength, evidence) => {
    const category = SIGNAL_CATEGORY.get(signal);
    if (!category) return;
    categories.set(signal, category);
    signals.add(signal, strength, evidence);
  };
  for (const manifest of unit.manifests) {
    for (const dep of manifest.dependencies) {
      if (dep.dev) continue;
      const evidence = { path: dep.path, line: dep.line, detail: dep.text };
      const weaken = (s) => dep.indirect ? "weak" : s;
      for (const catalog of catalogs)
        apply(matchPackage(catalog, dep.ecosystem, dep.name), weaken, evidence, !dep.indirect);
    }
    if (manifest.type === "Dockerfile") detectDockerfile(manifest, language.id === "go", addSignal);
  }
  const firstParty = firstPartyTest(unit);
  const hints = [];
  const notebooks = [];
  for (const file of unit.files) {
    const relative3 = relativeTo2(unit.root, file.path);
    if (isTestPath(relative3)) continue;
    const ext = posix2.extname(file.path).toLowerCase();
    const fileRule = FILE_RULES2.find((rule) => rule.extensions.includes(ext));
    if (fileRule) {
      const evidence = {
        path: file.path,
        detail: `${ext.slice(1)} file, ${formatBytes2(file.size)}`
      };
      if (fileRule.signal === "prototype.notebook") notebooks.push(evidence);
      else {
        const strong = fileRule.strength === "strong" && (fileRule.strongFromBytes === void 0 || file.size >= fileRule.strongFromBytes);
        addSignal(fileRule.signal, strong ? "strong" : "weak", evidence);
      }
      continue;
    }
    const facts = ctx.source(file);
    if (!facts || facts.generated) continue;
    for (const imp of facts.imports) {
      if (firstParty(facts.language, imp.module)) continue;
      const evidence = { path: facts.path, line: imp.line, detail: imp.text };
      for (const catalog of catalogs)
        apply(matchImport(catalog, facts.language, imp.module), (s) => s, evidence, true);
    }
    for (const hint of facts.hints) hints.push({ facts, hint });
  }
  for (const evidence of notebooks) {
    addSignal(
      "prototype.notebook",
      notebooks.length >= STRONG_NOTEBOOK_COUNT ? "strong" : "weak",
      evidence
    );
  }
  const fromCatalog = new Set(signals.items.keys());
  for (const { facts, hint } of hints) {
    for (const rule of HINT_RULES) {
      if (rule.hint !== hint.id) continue;
      if (rule.when) {
        const textOk = rule.when.textIncludes.some((t) => hint.text.includes(t));
        const unitOk = rule.when.orUnitSignals.some((s) => fromCatalog.has(s));
        if (!textOk && !unitOk) continue;
      }
      addSignal(rule.signal, rule.strength, {
        path: facts.path,
        line: hint.line,
        detail: hint.text
      });
    }
  }
  detectDeploymentFiles(ctx, unit, addSignal);
  const hintIds = new Set(hints.map((h) => h.hint.id));
  const frameworks = new Collector();
  const frameworkEntries = /* @__PURE__ */ new Map();
  for (const { entry, evidence } of frameworkHits) {
    if (entry.requiresHints && !entry.requiresHints.some((h) => hintIds.has(h))) continue;
    frameworkEntries.set(entry.framework, entry);
    frameworks.add(entry.framework, "strong", evidence);
  }
  for (const { hint, facts } of hints) {
    for (const entry of frameworkEntries.values()) {
      if (entry.requiresHints?.includes(hint.id)) {
        frameworks.add(entry.framework, "strong", {
          path: facts.path,
          line: hint.line,
          detail: hint.text
        });
      }
    }
  }
  const outSignals = [...signals.items.keys()].map((id) => ({
    id,
    category: categories.get(id),
    strength: signals.strength(id),
    evidence: signals.evidence(id)
  }));
  outSignals.sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings2(a.id, b.id)
  );
  const outFrameworks = [...frameworkEntries.values()].map((entry) => ({
    name: entry.framework,
    role: entry.role,
    model: entry.model,
    evidence: frameworks.evidence(entry.framework)
  }));
  outFrameworks.sort((a, b) => compareStrings2(a.name, b.name));
  return { signals: outSignals, frameworks: outFrameworks };
}
function formatBytes2(size) {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${size} bytes`;
}

// src/core/pipeline.ts
function analyze(view, options = {}) {
  const ctx = createScanContext(view);
  const discovered = discoverServices(ctx, options.discover ?? {});
  const services = discovered.units.map((unit) => {
    const language = classifyLanguage(ctx, unit);
    const { signals, frameworks } = detectSignals(ctx, unit, language, options.detect ?? {});
    return {
      root: unit.root,
      name: unit.name,
      kind: unit.kind,
      kindEvidence: unit.kindEvidence,
      markers: unit.markers,
      language,
      signals,
      frameworks
    };
  });
  services.sort((a, b) => compareStrings3(a.root, b.root));
  return {
    services,
    exclusions: discovered.exclusions,
    diagnostics: sortDiagnostics(ctx.diagnostics),
    fileCount: discovered.fileCount
  };
}
function compareStrings3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortDiagnostics(list) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const d of list) {
    const key = `${d.path ?? ""}\0${d.line ?? 0}\0${d.code}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(
    (a, b) => compareStrings3(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings3(a.code, b.code) || compareStrings3(a.message, b.message)
  );
}

// src/core/4-evaluate/fingerprint.ts
var OFFSET = 0xcbf29ce484222325n;
var PRIME = 0x100000001b3n;
var MASK = 0xffffffffffffffffn;
function fnv1a64(text2) {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(text2)) {
    hash ^= BigInt(byte);
    hash = hash * PRIME & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

// src/core/4-evaluate/evaluate.ts
function anchorOf2(evidence) {
  return evidence.find((e) => e.line !== void 0) ?? evidence[0];
}
function settingFor(rule, options) {
  return options.rules?.[rule.id]?.severity ?? options.rules?.[rule.name]?.severity;
}
function evaluateRules(analysis, options, rules = RULES) {
  const context = { analysis, profiles: PROFILES };
  const findings = [];
  for (const rule of rules) {
    const setting = settingFor(rule, options);
    if (setting === "off") continue;
    for (const service of analysis.services) {
      if (service.kind !== "service") continue;
      for (const hit of rule.check(service, context)) {
        findings.push({
          ruleId: rule.id,
          ruleName: rule.name,
          category: rule.category,
          severity: setting ?? hit.severity ?? rule.defaultSeverity,
          service: service.root,
          message: hit.message,
          fix: hit.fix ?? rule.fix,
          evidence: hit.evidence,
          fingerprint: ""
        });
      }
    }
  }
  findings.sort(compareFindings2);
  const seen = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const anchor = anchorOf2(finding.evidence);
    const key = [finding.ruleId, finding.service, anchor?.path ?? "", anchor?.detail ?? ""].join(
      "\0"
    );
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    finding.fingerprint = fnv1a64(occurrence === 1 ? key : `${key}\0${occurrence}`);
  }
  return findings;
}
function compareFindings2(a, b) {
  const anchorA = anchorOf2(a.evidence);
  const anchorB = anchorOf2(b.evidence);
  return severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.service, b.service) || compareStrings(anchorA?.path ?? "", anchorB?.path ?? "") || (anchorA?.line ?? 0) - (anchorB?.line ?? 0) || compareStrings(a.message, b.message);
}

// src/core/6-decide/decide.ts
var HEADLINE_FINDINGS = 3;
function countWords(counts) {
  return SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`).join(", ");
}
function decide2(findings, failOn) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const active = findings.filter((f) => !f.waived);
  for (const f of active) counts[f.severity] += 1;
  const waived = findings.length - active.length;
  const failing = failOn === "never" ? [] : active.filter((f) => severityRank(f.severity) <= severityRank(failOn));
  failing.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.service, b.service) || compareStrings(a.fingerprint, b.fingerprint)
  );
  const conclusion = failing.length > 0 ? "fail" : "pass";
  let summary = active.length === 0 ? "no findings" : countWords(counts);
  if (waived > 0) summary += ` (${waived} waived)`;
  let headline2;
  if (conclusion === "fail") {
    const named = failing.slice(0, HEADLINE_FINDINGS).map((f) => `${f.ruleId} ${f.ruleName} in ${f.service}`);
    const rest = failing.length - named.length;
    if (rest > 0) named.push(`and ${rest} more`);
    headline2 = `stackfit: ${summary} \u2014 fails on ${failOn}: ${named.join(", ")}`;
  } else if (active.length === 0) {
    headline2 = `stackfit: ${summary}`;
  } else {
    headline2 = `stackfit: ${summary} \u2014 passes (fail-on: ${failOn})`;
  }
  return { conclusion, counts, failOn, headline: headline2 };
}

// src/version.ts
var VERSION = "0.1.0";

// src/engine.ts
function runStackfit(options, ports) {
  const analysis = analyze(ports.repo, options.analyze ?? {});
  const findings = evaluateRules(analysis, options.evaluate ?? {});
  const verdict = decide2(findings, options.failOn);
  const report2 = buildReport(analysis, findings, verdict, {
    version: VERSION,
    root: options.rootLabel ?? "."
  });
  return { analysis, findings, verdict, report: report2 };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "markdown", "sarif"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var USAGE = `Usage: stackfit <command> [options]

Commands:
  scan [dir]              Scan a monorepo (default: the current directory)
  rules                   List the rule catalog
  explain <service-dir>   Show every signal of one service and how each rule reasoned

Options for scan:
  -f, --format <fmt>      text | json | markdown | sarif (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
      --fail-on <level>   error | warning | notice | never (default: error)
      --color, --no-color Force or disable colour (default: on for a TTY, off with NO_COLOR)
  -q, --quiet             No progress or notes on stderr

Options for rules:
  -f, --format <fmt>      text | json | markdown (default: text)

Options for explain:
      --root <dir>        The repository root the service belongs to (default: the current directory)

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage error, 3 unexpected failure.`;
function oneOf(value, allowed, flag) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  return `${flag} must be one of ${allowed.join(", ")} (got "${value}")`;
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        root: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: message.split("\n")[0] ?? message };
  }
  const { values, positionals } = parsed;
  if (values.version) return { ok: true, command: { name: "version" } };
  const [name, ...rest] = positionals;
  if (values.help || name === void 0 || name === "help") {
    return { ok: true, command: { name: "help", topic: name === "help" ? rest[0] : name } };
  }
  const color = values["no-color"] ? false : values.color ? true : void 0;
  switch (name) {
    case "scan": {
      if (rest.length > 1)
        return { ok: false, problem: `scan takes one directory (got ${rest.length})` };
      const format = oneOf(values.format, FORMATS, "--format") ?? "text";
      if (!FORMATS.includes(format)) return { ok: false, problem: format };
      const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on") ?? "error";
      if (!FAIL_ON.includes(failOn)) return { ok: false, problem: failOn };
      if (values.root !== void 0)
        return { ok: false, problem: "--root is an option of explain, not scan" };
      if (values.output === "") return { ok: false, problem: "--output needs a file name" };
      return {
        ok: true,
        command: {
          name: "scan",
          dir: rest[0] ?? ".",
          format,
          ...values.output !== void 0 ? { output: values.output } : {},
          failOn,
          ...color !== void 0 ? { color } : {},
          quiet: values.quiet ?? false
        }
      };
    }
    case "rules": {
      if (rest.length > 0)
        return { ok: false, problem: `rules takes no arguments (got "${rest[0]}")` };
      const allowed = ["text", "json", "markdown"];
      const format = oneOf(values.format, allowed, "--format") ?? "text";
      if (!allowed.includes(format)) return { ok: false, problem: format };
      return {
        ok: true,
        command: { name: "rules", format }
      };
    }
    case "explain": {
      if (rest.length !== 1)
        return { ok: false, problem: "explain takes exactly one service directory" };
      return {
        ok: true,
        command: {
          name: "explain",
          service: rest[0],
          root: values.root ?? ".",
          ...color !== void 0 ? { color } : {}
        }
      };
    }
    default:
      return { ok: false, problem: `unknown command "${name}" (expected scan, rules or explain)` };
  }
}

// src/cli/explain.ts
var ESC = "\x1B[";
var KIND_LABEL = {
  service: "a service",
  library: "a library",
  frontend: "a frontend",
  sample: "a sample app",
  docs: "a documentation site"
};
function paint(on, code3, text2) {
  return on ? `${ESC}${code3}m${text2}${ESC}0m` : text2;
}
var clean = escapeControl;
function where(e) {
  return e.line !== void 0 ? `${e.path}:${e.line}` : e.path;
}
function renderExplain(service, report2, options) {
  const c = options.color;
  const out = [];
  out.push(paint(c, "1", `${clean(service.name)} (${clean(service.root)})`));
  out.push(`  kind: ${service.kind}`);
  for (const e of service.kindEvidence)
    out.push(`    because ${clean(e.detail)} \u2014 ${clean(where(e))}`);
  out.push(`  markers: ${service.markers.map(clean).join(", ") || "none"}`);
  const shares = service.language.shares.map((s) => `${s.id} ${(s.share * 100).toFixed(1)}%`).join(", ");
  out.push(`  language: ${service.language.id}${shares ? ` (${shares})` : ""}`);
  for (const e of service.language.evidence) out.push(`    because ${clean(e.detail)}`);
  out.push("");
  out.push(paint(c, "1", "Frameworks"));
  if (service.frameworks.length === 0) out.push("  none detected");
  for (const f of service.frameworks) {
    out.push(`  ${f.name} (${f.role}, ${f.model})`);
    for (const e of f.evidence) out.push(`    ${clean(where(e))}  ${clean(e.detail)}`);
  }
  out.push("");
  out.push(paint(c, "1", "Signals"));
  if (service.signals.length === 0) out.push("  none detected");
  for (const s of service.signals) {
    out.push(`  ${s.id} [${s.category}, ${s.strength}]`);
    for (const e of s.evidence) out.push(`    ${clean(where(e))}  ${clean(e.detail)}`);
  }
  out.push("");
  out.push(paint(c, "1", "Rules"));
  for (const rule of RULES) {
    const findings = report2.findings.filter(
      (f) => f.ruleId === rule.id && f.service === service.root
    );
    const head = `  ${rule.id} ${rule.name}`;
    if (service.kind !== "service") {
      out.push(`${head}: not judged \u2014 ${KIND_LABEL[service.kind]} is reported, not linted for fit`);
    } else if (findings.length === 0) {
      out.push(`${head}: ${paint(c, "32", "passed")} \u2014 ${rule.summary}; no matching workload here`);
    } else {
      for (const f of findings) {
        const sev = paint(
          c,
          f.severity === "error" ? "31" : f.severity === "warning" ? "33" : "36",
          f.severity
        );
        out.push(`${head}: ${sev}${f.waived ? " (waived)" : ""} \u2014 ${clean(f.message)}`);
        for (const e of f.evidence) out.push(`      ${clean(where(e))}  ${clean(e.detail)}`);
        out.push(`      fix: ${clean(f.fix)}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

// src/cli/main.ts
var ExitCode = { Ok: 0, Findings: 1, Usage: 2, Unexpected: 3 };
async function main(argv, io) {
  try {
    return run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`stackfit: unexpected failure: ${message}
`);
    if (io.env["STACKFIT_DEBUG"] && error instanceof Error && error.stack)
      io.stderr(error.stack + "\n");
    return ExitCode.Unexpected;
  }
}
var UsageError = class extends Error {
};
function run(argv, io) {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`stackfit: ${parsed.problem}
Run 'stackfit --help' for usage.
`);
    return ExitCode.Usage;
  }
  const command = parsed.command;
  try {
    switch (command.name) {
      case "version":
        io.stdout(`${VERSION}
`);
        return ExitCode.Ok;
      case "help":
        io.stdout(
          `stackfit ${VERSION}: does each service's language fit its workload?

${USAGE}
`
        );
        return ExitCode.Ok;
      case "rules":
        io.stdout(renderRules(command.format));
        return ExitCode.Ok;
      case "scan":
        return scan(command, io);
      case "explain":
        return explain(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stackfit: ${error.message}
`);
      return ExitCode.Usage;
    }
    throw error;
  }
}
function useColor(io, forced, tty) {
  if (forced !== void 0) return forced;
  if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
  if (io.env["FORCE_COLOR"] !== void 0 && io.env["FORCE_COLOR"] !== "0") return true;
  return tty;
}
function scanRoot(io, dir) {
  const root = resolve5(io.cwd, dir);
  let stat;
  try {
    stat = statSync2(root);
  } catch {
    throw new UsageError(`no such directory: ${dir}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  return root;
}
function scan(command, io) {
  const root = scanRoot(io, command.dir);
  const outputPath = command.output !== void 0 ? resolve5(io.cwd, command.output) : void 0;
  if (outputPath !== void 0 && existsSync(outputPath) && statSync2(outputPath).isDirectory()) {
    throw new UsageError(`--output is a directory: ${command.output}`);
  }
  const progress = !command.quiet && io.stderrIsTTY;
  const started = io.now();
  const repo = createFsRepoView(root);
  const walked = io.now();
  if (progress && walked - started > 1e3) {
    io.stderr(
      `stackfit: walked ${repo.files.length.toLocaleString("en-US")} files in ${((walked - started) / 1e3).toFixed(1)}s, analysing\u2026
`
    );
  }
  const result2 = runStackfit({ failOn: command.failOn, rootLabel: command.dir }, { repo });
  const color = outputPath === void 0 && useColor(io, command.color, io.stdoutIsTTY);
  const body = render(result2.report, command.format, color);
  if (outputPath !== void 0) {
    writeAtomically(outputPath, body);
    if (!command.quiet) io.stderr(`stackfit: wrote ${command.format} report to ${command.output}
`);
  } else {
    io.stdout(body);
  }
  if (!command.quiet) {
    const diagnostics = result2.report.diagnostics.length;
    if (diagnostics > 0 && command.format !== "text") {
      io.stderr(
        `stackfit: ${diagnostics} file(s) could not be fully read; see diagnostics in the report
`
      );
    }
    if (command.format !== "text" || outputPath !== void 0)
      io.stderr(`${result2.verdict.headline}
`);
  }
  return result2.verdict.conclusion === "fail" ? ExitCode.Findings : ExitCode.Ok;
}
function render(report2, format, color) {
  switch (format) {
    case "text":
      return renderText(report2, { color });
    case "json":
      return renderJson(report2);
    case "markdown":
      return renderMarkdown(report2);
    case "sarif":
      return renderSarif(report2);
  }
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function writeAtomically(path, body) {
  mkdirSync(dirname3(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, body);
  renameSync(temp, path);
}
function renderRules(format) {
  if (format === "markdown") return renderRulesTable();
  if (format === "json") {
    const rules = RULES.map((r) => ({
      id: r.id,
      name: r.name,
      category: r.category,
      defaultSeverity: r.defaultSeverity,
      summary: r.summary,
      rationale: r.rationale,
      fix: r.fix
    }));
    return JSON.stringify(rules, null, 2) + "\n";
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const nameWidth = Math.max(...RULES.map((r) => r.name.length));
  const sevWidth = Math.max(...RULES.map((r) => r.defaultSeverity.length));
  return RULES.map(
    (r) => `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.summary}`
  ).join("\n") + "\n";
}
function explain(command, io) {
  const root = scanRoot(io, command.root);
  const underRoot = resolve5(root, command.service);
  const target = isDirectory(underRoot) ? underRoot : resolve5(io.cwd, command.service);
  const rel = relative2(root, target);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new UsageError(
      `${command.service} is outside the repository root ${command.root} (use --root)`
    );
  }
  const serviceRoot = rel === "" ? "." : rel.split(sep2).join("/");
  const result2 = runStackfit({ failOn: "never" }, { repo: createFsRepoView(root) });
  const service = result2.report.services.find((s) => s.root === serviceRoot);
  if (!service) {
    const known = result2.report.services.map((s) => s.root).join(", ") || "none";
    throw new UsageError(`no service discovered at ${serviceRoot} (discovered: ${known})`);
  }
  io.stdout(
    renderExplain(service, result2.report, { color: useColor(io, command.color, io.stdoutIsTTY) })
  );
  return ExitCode.Ok;
}

// src/cli/index.ts
var code2 = await main(process.argv.slice(2), {
  stdout: (text2) => void process.stdout.write(text2),
  stderr: (text2) => void process.stderr.write(text2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now()
});
process.exitCode = code2;
//# sourceMappingURL=cli.js.map
