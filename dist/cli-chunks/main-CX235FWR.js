#!/usr/bin/env node
import { createRequire as __stackfitCreateRequire } from 'node:module'; const require = __stackfitCreateRequire(import.meta.url);
import {
  VERSION,
  __commonJS,
  __toESM,
  parseCliArgs,
  quickAnswer
} from "./chunk-UQCF5AHS.js";

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
    var separatorAfter = (run2, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run2.length && !run2[index].wildcard; index++) {
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
          let depth3 = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth3++;
            } else if (source[end] === ")") {
              depth3--;
            }
            end++;
          } while (end < length && depth3 > 0);
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
        run2.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run2.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at2)})[^\\/])*`;
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
        const basename4 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path
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
    var depth3 = (token) => {
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
            depth3(tokens[idx]);
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
          depth3(tokens[tokens.length - 1]);
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
      let depth3 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth3++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth3;
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
    var parse3 = (input, options) => {
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
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
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
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
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
    parse3.fastpaths = (input, options) => {
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
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
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix5 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix5 });
        const result2 = { glob, state, regex, posix: posix5, input, output, match, isMatch };
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
    picomatch4.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch4.isMatch = (str2, patterns, options) => picomatch4(patterns, options)(str2);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
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
import { existsSync, mkdirSync, renameSync, statSync as statSync4, writeFileSync } from "node:fs";
import { dirname as dirname5, isAbsolute, relative as relative2, resolve as resolve6, sep as sep2 } from "node:path";

// src/adapters/fs-repo-view.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import * as fs2 from "node:fs";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
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
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  fs3.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs3.stat(resolvedPath, (error$1, stat) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs: fs3, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs3.realpathSync(path);
    const stat = fs3.statSync(resolvedPath);
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
  let depth3 = 1;
  while (parent !== state.root && depth3 < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth3++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth3 > 1;
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
  const { fs: fs3 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs3.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs3 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs3.readdirSync(crawlPath || ".", readdirOpts);
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
  walk = (entries, directoryPath, depth3) => {
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
        this.walkDirectory(this.state, path, path, depth3 - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
          if (stat.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth3 - 1, this.walk);
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
  __require.resolve("picomatch");
  pm = __require("picomatch");
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
  withMaxDepth(depth3) {
    this.options.maxDepth = depth3;
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

// src/adapters/decode-text.ts
import { isUtf8 } from "node:buffer";
var BINARY_SNIFF_BYTES = 8192;
function decodeText(buf, n, truncated) {
  const checked = checkText(buf, n, truncated);
  if (!checked.ok) return checked;
  return { ok: true, text: checked.bytes.toString("utf8"), truncated };
}
function checkText(buf, n, truncated) {
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
  const bom = end >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  return { ok: true, bytes: bom ? body.subarray(3) : body, truncated };
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

// src/core/parse/text.ts
var MAX_LINE_TEXT = 200;
function lineMap(text3) {
  const starts = [0];
  for (let i = text3.indexOf("\n"); i >= 0; i = text3.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineCount = starts.length > 1 && starts[starts.length - 1] === text3.length ? starts.length - 1 : starts.length;
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
      const raw = text3.slice(start, next === void 0 ? text3.length : next - 1);
      return raw.trim().slice(0, MAX_LINE_TEXT);
    }
  };
}
function splitLines(text3) {
  return text3.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
}
function stripBom(text3) {
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
function parseDiagnostic(path, what, line, column) {
  const at2 = line === void 0 ? "" : column === void 0 ? ` (line ${line})` : ` (line ${line}, column ${column})`;
  const d = {
    severity: "warning",
    code: "manifest-parse",
    message: `Could not parse ${path}${at2}: ${what}`,
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
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function blankCStyleComments(text3) {
  let out = "";
  let i = 0;
  let quote;
  let from = 0;
  const n = text3.length;
  while (i < n) {
    const c = text3[i];
    if (quote !== void 0) {
      if (c === "\\") i++;
      else if (c === quote || c === "\n") quote = void 0;
      i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      i++;
    } else if (c === "/" && (text3[i + 1] === "/" || text3[i + 1] === "*")) {
      const block = text3[i + 1] === "*";
      let end = block ? text3.indexOf("*/", i + 2) : text3.indexOf("\n", i);
      end = end < 0 ? n : block ? end + 2 : end;
      out += text3.slice(from, i) + text3.slice(i, end).replace(NOT_NEWLINE, " ");
      i = from = end;
    } else i++;
  }
  return out + text3.slice(from);
}
var NOT_NEWLINE = /[^\n]/g;

// src/adapters/tree-filter.ts
import * as fs from "node:fs";

// src/adapters/ignore-file.ts
var import_ignore = __toESM(require_ignore(), 1);
var NO_MATCH = Object.freeze({ ignored: false, unignored: false });
var BREAKS = /* @__PURE__ */ new Set(["*", "?", "\\", "/", " ", "	", "!", "#", "\uFEFF"]);
function requiredLiteral(pattern) {
  let best = "";
  let run2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "[") {
      if (run2.length > best.length) best = run2;
      run2 = "";
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) return best;
      i = close;
      continue;
    }
    if (BREAKS.has(c) || c === "]") {
      if (run2.length > best.length) best = run2;
      run2 = "";
      continue;
    }
    run2 += c;
  }
  return run2.length > best.length ? run2 : best;
}
function segmentEndLiteral(pattern) {
  const body = pattern.endsWith("/") ? pattern.slice(0, -1) : pattern;
  let start = body.length;
  for (; start > 0; start--) {
    const c = body[start - 1] ?? "";
    if (c === "[") return "";
    if (c === "]" || BREAKS.has(c)) break;
  }
  return body.slice(start);
}
function mayMatch(relative3, filter) {
  if (filter.always) return true;
  for (const text3 of filter.anywhere) if (relative3.includes(text3)) return true;
  const n = relative3.length;
  for (let end = 0; end <= n; end++) {
    if (end < n && relative3.charCodeAt(end) !== 47) continue;
    if (end === 0) continue;
    const needles = filter.atSegmentEnd.get(relative3.charCodeAt(end - 1));
    if (needles === void 0) continue;
    for (const text3 of needles) {
      const start = end - text3.length;
      if (start >= 0 && relative3.startsWith(text3, start)) return true;
    }
  }
  return false;
}
function mayMatchName(path, nameStart, filter) {
  if (filter.always) return true;
  for (const text3 of filter.anywhere) if (path.indexOf(text3, nameStart) >= 0) return true;
  const needles = filter.atSegmentEnd.get(path.charCodeAt(path.length - 1));
  if (needles === void 0) return false;
  for (const text3 of needles) {
    const start = path.length - text3.length;
    if (start >= nameStart && path.startsWith(text3, start)) return true;
  }
  return false;
}
var parsedTexts = /* @__PURE__ */ new Map();
var MAX_PARSED_TEXTS = 4096;
function parseRules(text3) {
  const known = parsedTexts.get(text3);
  if (known !== void 0) return known;
  const rules = [];
  const filter = { always: false, atSegmentEnd: /* @__PURE__ */ new Map(), anywhere: [] };
  const lines = text3.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    rules.push({ pattern: line, mark: String(i + 1) });
    const atEnd = segmentEndLiteral(line);
    if (atEnd !== "") {
      const last = atEnd.charCodeAt(atEnd.length - 1);
      const list = filter.atSegmentEnd.get(last) ?? [];
      if (!list.includes(atEnd)) list.push(atEnd);
      filter.atSegmentEnd.set(last, list);
      continue;
    }
    const literal = requiredLiteral(line);
    if (literal === "") filter.always = true;
    else if (!filter.anywhere.includes(literal)) filter.anywhere.push(literal);
  }
  const parsed = { rules, filter };
  if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.clear();
  parsedTexts.set(text3, parsed);
  return parsed;
}
function parseIgnoreFile(base, source, text3) {
  const parsed = parseRules(text3);
  return {
    base,
    mayMatchBelow: (relativeDir) => mayMatch(relativeDir, parsed.filter),
    mayMatchName: (path, nameStart) => mayMatchName(path, nameStart, parsed.filter),
    test(relative3) {
      if (!mayMatch(relative3, parsed.filter)) return NO_MATCH;
      if (parsed.matcher === void 0) {
        const matcher = (0, import_ignore.default)({ ignorecase: false });
        for (const rule of parsed.rules) matcher.add(rule);
        parsed.matcher = matcher;
      }
      const result2 = parsed.matcher.test(relative3);
      if (!result2.ignored) return result2.unignored ? { ignored: false, unignored: true } : NO_MATCH;
      const line = result2.rule?.mark;
      return line === void 0 ? { ignored: true, unignored: false } : { ignored: true, unignored: false, mark: `${source}:${line}` };
    }
  };
}

// src/adapters/tree-filter.ts
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
var NONE_HOT = Object.freeze([]);
function errorCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}
function createTreeFilter(rootSlash, pruned, diagnostics) {
  const inside = (real) => {
    const p = real.replace(/\\/g, "/");
    return p === rootSlash.slice(0, -1) || p.startsWith(rootSlash);
  };
  const loadIgnore = (relFile, levelsSoFar, base) => {
    let text3;
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
      text3 = fs.readFileSync(full, "utf8");
    } catch (error) {
      diagnostics.push({
        severity: "warning",
        code: "unreadable",
        message: `${relFile} was not read: ${errorMessage(error)}`,
        path: relFile
      });
      return levelsSoFar;
    }
    return [parseIgnoreFile(base, relFile, text3), ...levelsSoFar];
  };
  let rootLevels = [];
  try {
    if (fs.statSync(rootSlash + ".git/info/exclude", { throwIfNoEntry: false })?.isFile()) {
      rootLevels = loadIgnore(".git/info/exclude", rootLevels, "");
    }
  } catch {
  }
  const scopes = /* @__PURE__ */ new Map();
  const ignoredBy = (scope, path, nameStart, isDir) => {
    const { chain, hot } = scope;
    for (let k = 0; k < chain.length; k++) {
      const level = chain[k];
      if (hot[k] !== true && !level.mayMatchName(path, nameStart)) continue;
      const { base } = level;
      const relative3 = base === "" ? path : path.slice(base.length + 1);
      let result2;
      try {
        result2 = level.test(isDir ? `${relative3}/` : relative3);
      } catch {
        continue;
      }
      if (result2.ignored) return result2.mark ?? `${base === "" ? "" : `${base}/`}.gitignore`;
      if (result2.unignored) return void 0;
    }
    return void 0;
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
  const enter = (rel, parent, hasIgnoreFile, dirPath = rel === "" ? rootSlash : `${rootSlash}${rel}/`) => {
    let chain = parent?.chain ?? rootLevels;
    if (hasIgnoreFile)
      chain = loadIgnore(rel === "" ? ".gitignore" : `${rel}/.gitignore`, chain, rel);
    let hot = NONE_HOT;
    for (let k = 0; k < chain.length; k++) {
      const { base } = chain[k];
      if (!chain[k].mayMatchBelow(base === "" ? rel : rel.slice(base.length + 1)))
        continue;
      if (hot === NONE_HOT) hot = chain.map(() => false);
      hot[k] = true;
    }
    return { rel, dirPath, chain, hot };
  };
  const admit = (scope, path, nameStart, kind) => {
    const isDir = kind === "dir";
    if (path.length - nameStart === 4 && path.startsWith(".git", nameStart)) {
      pruned.push({ path, reason: "git", source: "built-in: .git" });
      return false;
    }
    if (isDir && path.length - nameStart === 12 && path.startsWith("node_modules", nameStart)) {
      pruned.push({ path, reason: "node_modules", source: "built-in: node_modules/" });
      return false;
    }
    const ignoredSource = ignoredBy(scope, path, nameStart, isDir);
    if (ignoredSource !== void 0) {
      pruned.push({ path, reason: "gitignored", source: ignoredSource });
      return false;
    }
    if (kind === "link") onSymlink(scope.dirPath, path);
    return isDir || kind === "file";
  };
  return {
    enter: (rel, parent, hasIgnoreFile) => enter(rel, parent, hasIgnoreFile),
    admit,
    keep(rel, dirPath, entries) {
      const parentRel = rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "";
      const hasIgnoreFile = entries.some((e) => e.name === ".gitignore" && e.isFile());
      const scope = enter(
        rel,
        rel === "" ? void 0 : scopes.get(parentRel),
        hasIgnoreFile,
        dirPath
      );
      scopes.set(rel, scope);
      const nameStart = rel === "" ? 0 : rel.length + 1;
      const kept = [];
      for (const entry of entries) {
        const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
        const kind = entry.isDirectory() ? "dir" : entry.isSymbolicLink() ? "link" : entry.isFile() ? "file" : "other";
        if (admit(scope, path, nameStart, kind)) kept.push(entry);
      }
      return kept;
    }
  };
}

// src/adapters/fs-repo-view.ts
var O_NOFOLLOW = fs2.constants.O_NOFOLLOW ?? 0;
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function createFsRepoView(root, options = {}) {
  const onProgress = options.onProgress;
  let filesSoFar = 0;
  const diagnostics = [];
  const pruned = [];
  const rootSlash = scanRootSlash(root, diagnostics);
  if (rootSlash === void 0) return diskView("", [], pruned, diagnostics);
  const filter = createTreeFilter(rootSlash, pruned, diagnostics);
  const dropInvalidNames = (dirPath, rel, entries) => {
    let raw;
    try {
      raw = fs2.readdirSync(dirPath, { withFileTypes: true, encoding: "buffer" });
    } catch {
      return entries;
    }
    const bad = /* @__PURE__ */ new Set();
    for (const entry of raw) {
      if (isUtf82(entry.name)) continue;
      const lossy = entry.name.toString("utf8");
      bad.add(lossy);
      diagnostics.push(notUtf8(rel === "" ? lossy : `${rel}/${lossy}`));
    }
    return bad.size === 0 ? entries : entries.filter((e) => !bad.has(e.name));
  };
  const readdirSync2 = (dirPath) => {
    const rel = dirPath.length > rootSlash.length ? dirPath.slice(rootSlash.length, -1) : "";
    let entries;
    try {
      entries = fs2.readdirSync(dirPath, { withFileTypes: true });
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
    const kept = filter.keep(rel, dirPath, entries);
    if (onProgress !== void 0) {
      for (const entry of kept) if (!entry.isDirectory()) filesSoFar++;
      onProgress(filesSoFar);
    }
    return kept;
  };
  const fsLike = { ...fs2, readdirSync: readdirSync2 };
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
      const stat = fs2.statSync(rootSlash + path, { throwIfNoEntry: false });
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
  return diskView(rootSlash, files, pruned, diagnostics);
}
function scanRootSlash(root, diagnostics) {
  try {
    const real = fs2.realpathSync(root);
    if (!fs2.statSync(real).isDirectory()) throw new Error(`${root} is not a directory`);
    return real.replace(/\\/g, "/").replace(/\/?$/, "/");
  } catch (error) {
    diagnostics.push({
      severity: "error",
      code: "unreadable",
      message: `Cannot scan ${root}: ${errorMessage(error)}`
    });
    return void 0;
  }
}
function notUtf8(path) {
  return {
    severity: "warning",
    code: "not-utf8",
    message: `The name of ${path} is not valid UTF-8; it was skipped`,
    path
  };
}
function diskView(rootSlash, files, pruned, diagnostics) {
  const listed = (path) => {
    let lo = 0;
    let hi = files.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const at2 = files[mid].path;
      if (at2 === path) return true;
      if (at2 < path) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const inside = (real) => real.replace(/\\/g, "/").startsWith(rootSlash);
  const readRaw = (path, maxBytes) => {
    if (rootSlash === "")
      return { ok: false, reason: "missing", message: "the scan root could not be read" };
    const isListed = listed(path);
    let full = rootSlash + path;
    if (!isListed) {
      if (path === "" || path.startsWith("/") || path.split(/[/\\]/).includes("..")) {
        return { ok: false, reason: "missing", message: "not a path inside the scanned root" };
      }
      try {
        full = fs2.realpathSync(full);
      } catch (error) {
        const dangling = fs2.lstatSync(rootSlash + path, { throwIfNoEntry: false })?.isSymbolicLink();
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
  };
  return {
    files,
    pruned,
    diagnostics,
    read(path, maxBytes) {
      const raw = readRaw(path, maxBytes);
      return raw.ok ? decodeText(scratch, raw.n, raw.truncated) : raw;
    },
    readBytes(path, maxBytes) {
      const raw = readRaw(path, maxBytes);
      return raw.ok ? checkText(scratch, raw.n, raw.truncated) : raw;
    }
  };
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function readCapped(full, listed, maxBytes) {
  let fd;
  try {
    fd = fs2.openSync(full, fs2.constants.O_RDONLY | (listed ? O_NOFOLLOW : 0));
  } catch (error) {
    const code3 = errorCode(error);
    if (code3 === "ENOENT" && !listed)
      return { ok: false, reason: "missing", message: "no such file" };
    const message = code3 === "ENOENT" ? "the file disappeared after the walk" : errorMessage(error);
    return { ok: false, reason: "unreadable", message };
  }
  const want = maxBytes === void 0 ? Infinity : Math.max(0, maxBytes) + 1;
  let n = 0;
  try {
    for (; ; ) {
      if (n === scratch.length) {
        if (n >= want) break;
        const grown = Buffer.allocUnsafe(Math.min(want, scratch.length * 2));
        scratch.copy(grown, 0, 0, n);
        scratch = grown;
      }
      const read = fs2.readSync(fd, scratch, n, Math.min(want, scratch.length) - n, n);
      if (read === 0) break;
      n += read;
      if (n >= want) break;
    }
  } catch (error) {
    return { ok: false, reason: "unreadable", message: errorMessage(error) };
  } finally {
    fs2.closeSync(fd);
  }
  const truncated = maxBytes !== void 0 && n > maxBytes;
  return { ok: true, n: truncated ? Math.max(0, maxBytes) : n, truncated };
}

// src/adapters/git.ts
import { spawnSync } from "node:child_process";
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
var SAFE_CONFIG = ["-c", "core.fsmonitor=false", "-c", "core.quotePath=false"];
function runGit(cwd, args, input) {
  const result2 = spawnSync("git", [...SAFE_CONFIG, ...args], {
    cwd,
    input,
    maxBuffer: MAX_OUTPUT_BYTES,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    windowsHide: true
  });
  if (result2.error) return { ok: false, message: result2.error.message };
  if (result2.status !== 0) {
    const stderr = result2.stderr.toString("utf8").trim().split("\n")[0] ?? "";
    return { ok: false, message: stderr || `git ${args[0] ?? ""} exited with ${result2.status}` };
  }
  return { ok: true, stdout: result2.stdout };
}
function splitNul(output) {
  const text3 = output.toString("utf8");
  const parts = text3.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
function resolveCommit(cwd, ref) {
  const commit = runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  return commit.ok ? commit.stdout.toString("utf8").trim() : void 0;
}
var OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function revParseWithCommit(cwd, queries, answers, ref) {
  const result2 = runGit(cwd, [
    "rev-parse",
    ...queries,
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  if (!result2.ok) return void 0;
  const lines = result2.stdout.toString("utf8").split("\n");
  const commit = lines[answers] ?? "";
  if (lines.length !== answers + 2 || lines[answers + 1] !== "" || !OBJECT_ID.test(commit))
    return void 0;
  return { answers: lines.slice(0, answers), commit };
}
function lsTree(cwd, oid, recursive, paths) {
  return runGit(cwd, [
    "--literal-pathspecs",
    "ls-tree",
    ...recursive ? ["-r"] : [],
    "-l",
    "-z",
    "--full-tree",
    oid,
    ...paths && paths.length > 0 ? ["--", ...paths] : []
  ]);
}

// src/adapters/git-changes.ts
function resolveBase(cwd, ref) {
  const both = revParseWithCommit(cwd, ["--is-inside-work-tree"], 1, ref);
  const known = both?.answers[0] === "true";
  if (!known) {
    const inside = runGit(cwd, ["rev-parse", "--is-inside-work-tree"]);
    if (!inside.ok || inside.stdout.toString("utf8").trim() !== "true")
      return { ok: false, message: "not inside a git work tree" };
  }
  const oid = known ? both.commit : resolveCommit(cwd, ref);
  if (oid === void 0)
    return {
      ok: false,
      message: `${ref} is not a commit here (fetch it first, e.g. git fetch origin ${ref})`
    };
  const mergeBase = runGit(cwd, ["merge-base", oid, "HEAD"]);
  if (mergeBase.ok) {
    const base = mergeBase.stdout.toString("utf8").trim();
    if (base !== "") return { ok: true, commit: base, mergeBase: true };
  }
  return { ok: true, commit: oid, mergeBase: false };
}
function changedPaths(cwd, commit) {
  const diff = runGit(cwd, [
    "diff",
    "--name-only",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--relative",
    commit,
    "--"
  ]);
  if (!diff.ok) return { ok: false, message: diff.message };
  const untracked = runGit(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."]);
  if (!untracked.ok) return { ok: false, message: untracked.message };
  const paths = /* @__PURE__ */ new Set([...splitNul(diff.stdout), ...splitNul(untracked.stdout)]);
  return { ok: true, paths: [...paths].sort((a, b) => a < b ? -1 : a > b ? 1 : 0) };
}
var byteOrder = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var DIFF_OPTIONS = ["--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv"];
function committedPaths(cwd, commit) {
  const diff = runGit(cwd, ["diff", ...DIFF_OPTIONS, "--relative", commit, "HEAD", "--"]);
  if (!diff.ok) return { ok: false, message: diff.message };
  return { ok: true, paths: [...new Set(splitNul(diff.stdout))].sort(byteOrder) };
}

// src/adapters/git-repo-view.ts
var BATCH_FILES = 512;
var BATCH_BYTES = 16 * 1024 * 1024;
var CACHE_BYTES = 64 * 1024 * 1024;
var READ_AHEAD_MAX_FILE = 1024 * 1024;
var compare2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function createGitRepoView(cwd, ref, options = {}) {
  const both = revParseWithCommit(cwd, ["--show-prefix"], 1, ref);
  const oid = both?.commit ?? resolveCommit(cwd, ref);
  if (oid === void 0) return { ok: false, message: `${ref} is not a commit here` };
  let prefix = both?.answers[0]?.trim();
  if (prefix === void 0) {
    const prefixResult = runGit(cwd, ["rev-parse", "--show-prefix"]);
    prefix = prefixResult.ok ? prefixResult.stdout.toString("utf8").trim() : "";
  }
  const listing = listTree(cwd, oid, prefix, options.scope);
  if (!listing.ok) return { ok: false, message: listing.message };
  const files = [];
  const pruned = [];
  const diagnostics = [];
  const entries = /* @__PURE__ */ new Map();
  const prunedDirs = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const record2 of splitNul(listing.stdout)) {
    const tab = record2.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, object, size] = record2.slice(0, tab).split(/ +/);
    const full = record2.slice(tab + 1);
    if (!full.startsWith(prefix)) continue;
    const path = full.slice(prefix.length);
    if (path === "" || options.include && !options.include(path)) continue;
    if (seen.has(path)) continue;
    seen.add(path);
    const nodeModules = path.split("/").indexOf("node_modules");
    if (nodeModules >= 0) {
      const dir = path.split("/").slice(0, nodeModules + 1).join("/");
      if (!prunedDirs.has(dir)) {
        prunedDirs.add(dir);
        pruned.push({ path: dir, reason: "node_modules", source: "built-in: node_modules/" });
      }
      continue;
    }
    if (mode === "120000") {
      pruned.push({ path, reason: "symlink", source: "built-in: symlinks are not followed" });
      continue;
    }
    if (type !== "blob" || object === void 0) continue;
    const bytes = Number(size);
    files.push({ path, size: Number.isFinite(bytes) ? bytes : 0 });
    entries.set(path, { oid: object, size: Number.isFinite(bytes) ? bytes : 0 });
  }
  files.sort((a, b) => compare2(a.path, b.path));
  pruned.sort((a, b) => compare2(a.path, b.path));
  const index = new Map(files.map((f, i) => [f.path, i]));
  const cache = /* @__PURE__ */ new Map();
  let batches = 0;
  let cached = 0;
  const load4 = (path) => {
    const start = index.get(path) ?? 0;
    const wanted = [path];
    let bytes = entries.get(path)?.size ?? 0;
    for (let i = start + 1; i < files.length && wanted.length < BATCH_FILES; i++) {
      const next = files[i];
      if (cache.has(next.path) || next.size > READ_AHEAD_MAX_FILE) continue;
      if (bytes + next.size > BATCH_BYTES) break;
      wanted.push(next.path);
      bytes += next.size;
    }
    batches += 1;
    if (cached + bytes > CACHE_BYTES) {
      cache.clear();
      cached = 0;
    }
    cached += bytes;
    const input = wanted.map((p) => `${entries.get(p)?.oid ?? ""}
`).join("");
    const result2 = runGit(cwd, ["cat-file", "--batch"], input);
    if (!result2.ok) {
      const error = new Error(result2.message);
      cache.set(path, error);
      return error;
    }
    parseBatch(result2.stdout, wanted, cache);
    return cache.get(path) ?? new Error("git cat-file returned nothing");
  };
  const view = {
    files,
    pruned,
    diagnostics,
    batches: () => batches,
    read(path, maxBytes) {
      if (!entries.has(path)) return { ok: false, reason: "missing", message: "no such file" };
      const blob = cache.get(path) ?? load4(path);
      if (blob instanceof Error) return { ok: false, reason: "unreadable", message: blob.message };
      return decode(blob, maxBytes);
    }
  };
  return { ok: true, view };
}
function listTree(cwd, oid, prefix, scope) {
  if (!scope) return lsTree(cwd, oid, true);
  const full = (path) => `${prefix}${path}`;
  const parts = [];
  if (scope.subtrees.length > 0) {
    const deep = lsTree(cwd, oid, true, scope.subtrees.map(full));
    if (!deep.ok) return deep;
    parts.push(deep.stdout);
  }
  const dirs = scope.directories.map((d) => d === "" ? prefix : `${full(d)}/`);
  const rootOnly = dirs.includes("");
  const named = dirs.filter((d) => d !== "");
  for (const pathspecs of [rootOnly ? [] : void 0, named.length > 0 ? named : void 0]) {
    if (pathspecs === void 0) continue;
    const flat = lsTree(cwd, oid, false, pathspecs);
    if (!flat.ok) return flat;
    parts.push(flat.stdout);
  }
  return { ok: true, stdout: Buffer.concat(parts) };
}
function parseBatch(out, paths, cache) {
  let at2 = 0;
  for (const path of paths) {
    const nl = out.indexOf(10, at2);
    if (nl < 0) return;
    const header = out.subarray(at2, nl).toString("utf8");
    const [, type, size] = header.split(" ");
    if (type === "missing" || size === void 0) {
      cache.set(path, new Error(`object missing (${header})`));
      at2 = nl + 1;
      continue;
    }
    const length = Number(size);
    cache.set(path, Buffer.from(out.subarray(nl + 1, nl + 1 + length)));
    at2 = nl + 1 + length + 1;
  }
}
function decode(blob, maxBytes) {
  const truncated = maxBytes !== void 0 && blob.byteLength > maxBytes;
  return decodeText(blob, truncated ? Math.max(0, maxBytes) : blob.byteLength, truncated);
}

// src/adapters/git-base.ts
function createGitBase(cwd, ref, worktree = "git") {
  const base = resolveBase(cwd, ref);
  if (!base.ok) return base;
  const changed = worktree === "commits" ? committedPaths(cwd, base.commit) : changedPaths(cwd, base.commit);
  if (!changed.ok) return { ok: false, message: changed.message };
  const empty2 = { files: [], pruned: [], diagnostics: [], read: () => missing };
  const port = {
    label: ref,
    commit: base.commit,
    changedPaths: changed.paths,
    view(include) {
      const scope = include.scope;
      const result2 = createGitRepoView(cwd, base.commit, { include, ...scope ? { scope } : {} });
      return result2.ok ? result2.view : empty2;
    }
  };
  return { ok: true, port, commit: base.commit, mergeBase: base.mergeBase };
}
var missing = { ok: false, reason: "missing", message: "no such file" };

// src/core/4-evaluate/define-rule.ts
function defineRule(rule) {
  return rule;
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
  const shown2 = evidence.slice(0, max).map((e) => {
    const path = prefix && e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path;
    const place = e.line !== void 0 ? `${path}:${e.line}` : path;
    const detail = e.detail.length > DETAIL_MAX ? `${e.detail.slice(0, DETAIL_MAX - 1)}\u2026` : e.detail;
    return detail ? `${place} (${detail})` : place;
  });
  const rest = evidence.length - shown2.length;
  if (rest > 0) shown2.push(`${rest} more`);
  return joinWords(shown2);
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

// src/core/4-evaluate/rules/sf001-language-not-allowed.ts
var sf001 = defineRule({
  id: "SF001",
  name: "language-not-allowed",
  category: "policy",
  defaultSeverity: "error",
  summary: "A service written in a language outside the team's allowed languages",
  rationale: "You don't have to choose globally \u2014 choose per service. A common, effective setup: Python for the AI-heavy service (where the ecosystem pays off) and Go for the high-traffic core API (where performance and concurrency pay off).",
  fix: "Write the service in one of the allowed languages, or add its language to `policy.languages` in .stackfit.yml if the team now supports it.",
  appliesTo: "Every service whose dominant language is known, when `policy.languages` is set in .stackfit.yml. Services whose language is `unknown` are not judged.",
  examples: {
    failing: "policy.languages: [go, python]; services/billing is written in Ruby (Gemfile, app/*.rb).",
    passing: "policy.languages: [go, python]; services/billing is written in Go."
  },
  check(service, context) {
    const allowed = context.policy?.languages;
    if (!allowed || allowed.length === 0) return [];
    const language = service.language.id;
    if (language === "unknown" || allowed.includes(language)) return [];
    const where2 = context.policy?.source ? ` (${context.policy.source})` : "";
    return [
      {
        message: `${serviceLabel(service)} is written in ${language}, which is not one of the team's languages: ${joinWords(allowed)}${where2}.`,
        evidence: serviceEvidence(service)
      }
    ];
  }
});

// src/core/4-evaluate/rules/sf002-workload-misplaced.ts
var sf002 = defineRule({
  id: "SF002",
  name: "workload-misplaced",
  category: "policy",
  defaultSeverity: "error",
  summary: "A workload category found in a service outside the languages the policy places it in",
  rationale: "If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason.",
  fix: "Move the work into a service written in one of the placed languages, or waive the finding with the reason it belongs here.",
  appliesTo: "Every service, for each category under `policy.placement` in .stackfit.yml: the service has a signal of that category (strong only, unless `evidence: any`) and its language is not among the placed languages. One finding per category.",
  examples: {
    failing: "policy.placement: { ai-ml: { languages: [python] } }; services/gateway (Go) requires github.com/sashabaranov/go-openai.",
    passing: "policy.placement: { ai-ml: { languages: [python] } }; services/gateway (Go) calls services/llm (Python) over HTTP."
  },
  check(service, context) {
    const hits = [];
    for (const placement of context.policy?.placement ?? []) {
      if (placement.languages.includes(service.language.id)) continue;
      if (service.language.id === "unknown") continue;
      const signals = service.signals.filter(
        (s) => s.category === placement.category && (placement.evidence === "any" || s.strength === "strong")
      );
      if (signals.length === 0) continue;
      const evidence = collectEvidence(signals);
      const words = joinWords([...new Set(signals.map((s) => signalWords(s.id)))]);
      hits.push({
        message: `${serviceLabel(service)} does ${placement.category} work (${words}: ${cite(evidence, service.root)}) in ${service.language.id}, but the team's policy places ${placement.category} work in ${joinWords(placement.languages)}.`,
        evidence
      });
    }
    return hits;
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

// src/core/4-evaluate/rules/sf003-mixed-workload-not-split.ts
var sf003 = defineRule({
  id: "SF003",
  name: "mixed-workload-not-split",
  category: "policy",
  defaultSeverity: "error",
  summary: "A service mixes heavy AI work with a high-traffic API although the policy requires a split",
  rationale: sf501.rationale,
  fix: sf501.fix,
  appliesTo: "When `policy.split-mixed-workloads: true` is set in .stackfit.yml: every service SF501 would flag, whatever severity SF501 is configured at.",
  examples: sf501.examples,
  check(service, context) {
    if (context.policy?.splitMixedWorkloads !== true) return [];
    return sf501.check(service, context).map((hit) => ({
      message: `${hit.message} The team's policy requires such services to be split.`,
      evidence: hit.evidence,
      ...hit.fix !== void 0 ? { fix: hit.fix } : {}
    }));
  }
});

// src/core/4-evaluate/rules/sf010-waiver-expired.ts
var sf010 = defineRule({
  id: "SF010",
  name: "waiver-expired",
  category: "policy",
  defaultSeverity: "warning",
  summary: "A waiver whose expiry date has passed",
  rationale: "Don't pick a backend language on vibes.",
  fix: "Fix the finding the waiver covered, or renew the waiver with a new `expires` date and a current reason.",
  appliesTo: "Every waiver in .stackfit.yml or inline whose `expires` date is before the day of the scan (UTC). The findings it matched are no longer waived.",
  examples: {
    failing: "waivers: [{ rule: SF101, service: services/gateway, reason: thin client, expires: 2025-03-31 }], scanned in April 2025.",
    passing: "The same waiver scanned on 2025-03-31 or earlier."
  },
  check: () => []
});

// src/core/4-evaluate/rules/sf011-waiver-unused.ts
var sf011 = defineRule({
  id: "SF011",
  name: "waiver-unused",
  category: "policy",
  defaultSeverity: "warning",
  summary: "A waiver that matches no finding",
  rationale: "Don't pick a backend language on vibes.",
  fix: "Remove the waiver: the finding it was written for is gone (or its rule or service pattern is misspelt).",
  appliesTo: "Every waiver in .stackfit.yml or inline that matched no finding of the scan, counted after rule settings (a waiver for a rule turned off is unused).",
  examples: {
    failing: "waivers: [{ rule: SF101, service: services/gateway, reason: thin client }] after the LLM client was moved out of services/gateway.",
    passing: "The same waiver while services/gateway still gets an SF101 finding."
  },
  check: () => []
});

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
var DEFAULT_TIGHT_LIMITS = {
  memoryMiB: 256,
  memoryReason: "No profile: the interpreted-runtime line, so an unknown runtime is judged as carefully as Python.",
  cpuCores: 0.25,
  cpuReason: "No profile: the interpreted-runtime line."
};
var INTERPRETED_CPU = "A quarter of a core or less is throttled quickly by interpreted request handling.";
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
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason: "An ASP.NET Core process has a working set of roughly 60\u2013120 MiB; 128 MiB or less leaves the garbage collector little room.",
      cpuCores: 0.25,
      cpuReason: "A quarter of a core or less starves JIT compilation and the thread pool at start-up and under load."
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
    },
    tightLimits: {
      memoryMiB: 32,
      memoryReason: "A native process without a runtime needs a few MiB; only 32 MiB or less constrains it.",
      cpuCores: 0.05,
      cpuReason: "Native code does a request in microseconds; only a twentieth of a core or less is tight."
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
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason: "The BEAM with a Phoenix application commonly sits at 60\u2013120 MiB; 128 MiB or less is tight.",
      cpuCores: 0.25,
      cpuReason: "The BEAM schedulers are throttled quickly at a quarter of a core or less."
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
    },
    tightLimits: {
      memoryMiB: 64,
      memoryReason: "A Go service with its dependencies commonly runs in 10\u201350 MiB of resident memory; only 64 MiB or less constrains it.",
      cpuCores: 0.1,
      cpuReason: "Compiled code handles a request in a fraction of the time an interpreter needs; only a tenth of a core or less is tight."
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
    },
    tightLimits: {
      memoryMiB: 384,
      memoryReason: "A JVM service needs heap plus metaspace, code cache and thread stacks; Spring Boot services commonly sit at 250\u2013400 MiB, so 384 MiB or less is tight (512 MiB is a common, workable limit).",
      cpuCores: 0.25,
      cpuReason: "A quarter of a core or less stretches JIT warm-up and garbage collection into request latency."
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
    },
    tightLimits: {
      memoryMiB: 384,
      memoryReason: "The same JVM floor as Java: heap plus metaspace, code cache and thread stacks; 384 MiB or less is tight.",
      cpuCores: 0.25,
      cpuReason: "A quarter of a core or less stretches JIT warm-up and garbage collection into request latency."
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
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason: "PHP's default `memory_limit` lets one request use 128 MiB; a container limit at or below that cannot honour it for even one request, let alone a pool of workers.",
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU
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
    },
    tightLimits: {
      memoryMiB: 256,
      memoryReason: "A CPython web process with a framework and a few dependencies commonly sits at 60\u2013150 MiB per worker; at 256 MiB or less there is room for one or two workers, which is where Go's smaller footprint pays.",
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU
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
    },
    tightLimits: {
      memoryMiB: 256,
      memoryReason: "A Rails process commonly sits at 150\u2013250 MiB; 256 MiB or less leaves room for one worker.",
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU
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
    },
    tightLimits: {
      memoryMiB: 32,
      memoryReason: "A Rust service without a garbage collector needs a few MiB; only 32 MiB or less constrains it.",
      cpuCores: 0.05,
      cpuReason: "Native code does a request in microseconds; only a twentieth of a core or less is tight."
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
    },
    tightLimits: {
      memoryMiB: 64,
      memoryReason: "A small Node.js service (Express, Fastify) commonly runs at 40\u201370 MiB resident, V8 included; at 64 MiB or less it has no headroom (100\u2013256 MiB is a common, workable limit).",
      cpuCores: 0.25,
      cpuReason: "A quarter of a core or less is throttled quickly once handlers do any CPU work on the single event loop."
    }
  }
];
function tightLimitsOf(language) {
  return profileOf(language)?.tightLimits ?? DEFAULT_TIGHT_LIMITS;
}
function profileOf(language, profiles = PROFILES) {
  return profiles.find((p) => p.languages.includes(language));
}
function attributeOfSignal(id) {
  return Object.hasOwn(SIGNAL_ATTRIBUTES, id) ? SIGNAL_ATTRIBUTES[id] : void 0;
}
function profilesRated(attribute, rating) {
  return PROFILES.filter((p) => p.attributes[attribute].rating === rating).map((p) => p.name);
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
    const load4 = pickSignals(service, LOAD, "strong");
    if (load4.length === 0) return [];
    const serving = service.frameworks.filter(isServing);
    const asyncStack = serving.filter((f) => ASYNC_MODELS.has(f.model));
    const label = serviceLabel(service);
    const loadEvidence = collectEvidence(load4);
    if (asyncStack.length > 0) {
      return [
        {
          severity: "notice",
          message: `${label} carries ${describeSignals(load4)} on ${joinWords(asyncStack.map((f) => f.name))}, an asyncio stack: ${cite(loadEvidence, service.root)}. The guide: "for I/O-bound API work, async Python is usually fast enough" \u2014 watch for CPU work on the event loop.`,
          evidence: collectEvidence([...load4, ...asyncStack]),
          fix: "Keep it while the load is I/O-bound; move CPU-heavy handlers to a worker process, or the hot path into a Go service, if latency suffers under load."
        }
      ];
    }
    const sync2 = serving.filter((f) => !ASYNC_MODELS.has(f.model));
    const stack = sync2.length > 0 ? `on ${joinWords(sync2.map((f) => f.name))}, a synchronous stack` : "with no asyncio web framework";
    return [
      {
        severity: "warning",
        message: `${label} carries ${describeSignals(load4)} ${stack}: ${cite(loadEvidence, service.root)}. Each open connection or slow request holds a worker, and the GIL makes threads a poor way out. The guide: Python's "concurrency story (the Global Interpreter Lock) is more awkward than Go's".`,
        evidence: collectEvidence([...load4, ...sync2])
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
  appliesTo: `Python services with strong tight-resource-limit signals (a Kubernetes or Compose memory limit at or below Python's line in its language profile, ${tightLimitsOf("python").memoryMiB}Mi; a declared memory budget) or low-latency signals (uvloop, orjson, a declared latency budget). A low CPU limit alone is not enough: it caps throughput per replica, which more replicas buy back.`,
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

// src/core/4-evaluate/compare.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/4-evaluate/rules/sf901-lone-language.ts
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
var RATING_ORDER = { weak: 0, adequate: 1, strong: 2 };
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
  appliesTo: "Services whose language no other service, library or frontend of the repository uses. Needs a team language: the one most other services and libraries use, by at least two of them. Passes when a strong signal calls for something the service's language is rated better at than the team language (strong over adequate or weak, adequate over weak). Languages without a profile get no judgement.",
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
      return RATING_ORDER[own2.attributes[attribute].rating] > RATING_ORDER[main2.profile.attributes[attribute].rating];
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
  sf001,
  sf002,
  sf003,
  sf010,
  sf011,
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
function cell(text3) {
  return text3.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
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
    verdict: { $ref: "#/$defs/verdict" },
    delta: { $ref: "#/$defs/delta" }
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
          description: "What the directory is. Only `service` is judged for fit: `service` builds into a deployable process, `library` has no entry point of its own, `frontend` is a browser application, `sample` is an example or demo app, `docs` is a documentation site, `infra` is a container image of a third-party server (database, proxy, log shipper) that the team only configures.",
          enum: ["service", "library", "frontend", "sample", "docs", "infra"]
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
        },
        counted: {
          description: "Only in a pull request's changed scope, on a service the change does not touch: discovered and classified from its file listing (and its entry-point files) without reading its code, so `signals` and `frameworks` are empty and no rule judged it. It still counts in the summary. Absent on every service analysed in full.",
          const: true
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
          description: "What the finding is about, not where: a hash of rule, service and the rule's own severity for the hit. Stable across runs, line and file moves inside the service, dependency version bumps and changes to other services; use it to track a finding over time.",
          type: "string"
        },
        waived: { $ref: "#/$defs/waiver" },
        status: {
          description: "Present when the scan compared against a base (`scan --base`, pull requests): `new` when the base had no finding with this fingerprint, else `existing`.",
          enum: ["new", "existing"]
        }
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
            "symlink",
            "tooling"
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
        },
        failOnScope: {
          description: "Present when only new findings could fail the run (`fail-on-scope: new`); absent when every finding could.",
          enum: ["new", "all"]
        }
      }
    },
    delta: {
      description: "Present when the scan compared against a base: what the change did to each service it touches, and what it resolved.",
      type: "object",
      additionalProperties: false,
      required: ["base", "touched", "scope", "services", "resolved", "counts"],
      properties: {
        base: {
          description: "The base as given (`origin/main`, a commit id); display only.",
          type: "string"
        },
        touched: {
          description: "Roots of the services that contain a changed path, at the base or the head, sorted.",
          type: "array",
          items: { type: "string" }
        },
        scope: {
          description: "`changed`: `findings` holds the touched services' findings and every new one; `all`: every finding.",
          enum: ["changed", "all"]
        },
        services: {
          description: "The services that differ between base and head, sorted by root.",
          type: "array",
          items: { $ref: "#/$defs/serviceDelta" }
        },
        resolved: {
          description: "Findings of the base whose fingerprint the head no longer has.",
          type: "array",
          items: { $ref: "#/$defs/finding" }
        },
        counts: {
          description: "Non-waived findings per status, and resolved findings.",
          type: "object",
          additionalProperties: false,
          required: ["new", "existing", "resolved"],
          properties: {
            new: { description: "New findings.", type: "integer", minimum: 0 },
            existing: { description: "Existing findings.", type: "integer", minimum: 0 },
            resolved: { description: "Resolved findings.", type: "integer", minimum: 0 }
          }
        },
        coverage: {
          description: "Only in `changed` scope: which services the head side analysed in full and which it only counted (see `service.counted`).",
          type: "object",
          additionalProperties: false,
          required: ["analysed", "counted"],
          properties: {
            analysed: {
              description: "Roots analysed in full: the touched services, and any untouched service whose findings the change could alter through repository-wide context (the team's languages, a waiver's use), sorted.",
              type: "array",
              items: { type: "string" }
            },
            counted: {
              description: "Roots only discovered and classified, sorted.",
              type: "array",
              items: { type: "string" }
            }
          }
        }
      }
    },
    serviceDelta: {
      description: "How one service changed between base and head.",
      type: "object",
      additionalProperties: false,
      required: ["root", "change", "language", "shares", "toward", "awayFrom", "signals"],
      properties: {
        root: { description: "The service's `root`.", type: "string" },
        change: {
          description: "`added`: only at head; `removed`: only at base; `changed`: on both sides and different.",
          enum: ["added", "removed", "changed"]
        },
        language: {
          description: "The dominant language on each side where the service exists.",
          type: "object",
          additionalProperties: false,
          properties: {
            base: { description: "At the base.", type: "string" },
            head: { description: "At the head.", type: "string" }
          }
        },
        kind: {
          description: "Present when the service's kind changed.",
          type: "object",
          additionalProperties: false,
          required: ["base", "head"],
          properties: {
            base: { description: "Kind at the base.", type: "string" },
            head: { description: "Kind at the head.", type: "string" }
          }
        },
        shares: {
          description: "Languages whose share moved by at least one percentage point, sorted by id.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "base", "head"],
            properties: {
              id: { description: "Language id.", type: "string" },
              base: { description: "Share at the base, 0..1.", type: "number" },
              head: { description: "Share at the head, 0..1.", type: "number" }
            }
          }
        },
        toward: {
          description: "Workload categories that gained a signal or evidence, in category order.",
          type: "array",
          items: { $ref: "#/$defs/category" }
        },
        awayFrom: {
          description: "Workload categories that lost every signal, in category order.",
          type: "array",
          items: { $ref: "#/$defs/category" }
        },
        signals: {
          description: "Signals added, removed or changed, by category order then id.",
          type: "array",
          items: { $ref: "#/$defs/signalDelta" }
        }
      }
    },
    signalDelta: {
      description: "One signal's change in one service. Evidence compares by detail, so lines and files that merely moved are not changes.",
      type: "object",
      additionalProperties: false,
      required: ["id", "category", "change", "strength", "added", "removed"],
      properties: {
        id: { description: "The signal id, e.g. `ai-ml.llm-client`.", type: "string" },
        category: { $ref: "#/$defs/category" },
        change: {
          description: "`added`: not at base; `removed`: not at head; `changed`: evidence or strength moved.",
          enum: ["added", "removed", "changed"]
        },
        strength: {
          description: "Strength at head (at base when removed).",
          enum: ["strong", "weak"]
        },
        added: {
          description: "Evidence at head that the base did not have: the lines that brought the signal in.",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
        },
        removed: {
          description: "Evidence at base that the head no longer has.",
          type: "array",
          items: { $ref: "#/$defs/evidence" }
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
  return service.kind === "service" && !service.counted ? "ok" : "n/a";
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
function escapeControl(text3) {
  return text3.replace(UNSAFE_CHARS, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code3 = c.charCodeAt(0);
    return code3 <= 255 ? `\\x${code3.toString(16).padStart(2, "0")}` : `\\u${code3.toString(16).padStart(4, "0")}`;
  });
}
function replaceControl(text3, replacement) {
  return text3.replace(UNSAFE_CHARS, replacement);
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
var GLUE_LANGUAGES = ["Batchfile", "PowerShell", "Shell"];
var EXTENSIONS = new Map(EXTENSION_ENTRIES);
var FILENAMES = new Map(FILENAME_ENTRIES);
var ALIASES = new Map(ALIAS_ENTRIES);
var PROGRAMMING = new Map(PROGRAMMING_ENTRIES);
var PREFERRED = new Map(AMBIGUOUS_EXTENSIONS.map((a) => [a.extension, a.language]));
var BUILD = new Set(BUILD_LANGUAGES);
var GLUE = new Set(GLUE_LANGUAGES);
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
function isGlueLanguage(name) {
  return GLUE.has(name);
}
function isNotebookPath(path) {
  const n = path.length;
  return n >= 6 && path.charCodeAt(n - 6) === 46 && path.slice(n - 5).toLowerCase() === "ipynb";
}

// src/core/5-report/delta.ts
var CATEGORY_WORDS = {
  "ai-ml": "AI/ML",
  data: "data processing",
  concurrency: "concurrency",
  latency: "low latency",
  resource: "tight resource budgets",
  deployment: "single-binary deployment",
  prototype: "prototyping"
};
var DELTA_MAX_NAMED = 3;
function languageName(id) {
  return languageByAlias(id) ?? id;
}
function deltaSentences(report2, style) {
  const delta = report2.delta;
  if (!delta) return [];
  const headByRoot = new Map(report2.services.map((s) => [s.root, s]));
  return delta.services.map((d) => sentence(d, headByRoot.get(d.root), style));
}
function sentence(d, head, style) {
  const language = languageName(d.language.head ?? d.language.base ?? "unknown");
  const who = `${style.code(d.root)} (${style.text(language)})`;
  if (d.change === "removed") return `This PR removes ${who}.`;
  const clauses = [];
  const added = evidenceSummary(d, head, style);
  if (d.change === "added") {
    const workload = d.toward.map((c) => CATEGORY_WORDS[c]).join(", ");
    clauses.push(
      `This PR adds ${who}${workload ? ` with ${style.text(workload)} work` : ""}${added ? `: ${added}` : ""}`
    );
  } else if (d.toward.length > 0) {
    const toward = d.toward.map((c) => CATEGORY_WORDS[c]).join(", ");
    clauses.push(`This PR moves ${who} toward ${style.text(toward)}${added ? `: ${added}` : ""}`);
  } else if (d.awayFrom.length > 0) {
    const away = d.awayFrom.map((c) => CATEGORY_WORDS[c]).join(", ");
    clauses.push(`This PR moves ${who} away from ${style.text(away)}`);
  } else {
    clauses.push(`This PR changes ${who}`);
  }
  if (d.change === "changed" && d.toward.length > 0 && d.awayFrom.length > 0) {
    clauses.push(`away from ${style.text(d.awayFrom.map((c) => CATEGORY_WORDS[c]).join(", "))}`);
  }
  if (d.kind) clauses.push(`now a ${d.kind.head} (was a ${d.kind.base})`);
  if (d.change === "changed" && d.language.base !== d.language.head && d.language.base) {
    clauses.push(`now ${style.text(language)} (was ${style.text(languageName(d.language.base))})`);
  }
  const removedSignals = d.signals.filter((s) => s.change === "removed");
  if (d.change === "changed" && removedSignals.length > 0 && d.awayFrom.length === 0) {
    clauses.push(`no longer ${removedSignals.map((s) => style.code(s.id)).join(", ")}`);
  }
  if (d.change === "changed" && d.shares.length > 0) {
    const shifts = d.shares.map(
      (s) => `${style.text(languageName(s.id))} ${formatPercent(s.base)} \u2192 ${formatPercent(s.head)}`
    );
    clauses.push(`language share ${shifts.join(", ")}`);
  }
  return `${clauses.join("; ")}.`;
}
function evidenceSummary(d, head, style) {
  const seen = /* @__PURE__ */ new Set();
  const named = [];
  let imports = 0;
  for (const signal of d.signals) {
    for (const e of signal.added) {
      const key = `${e.path}\0${e.line ?? 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const manifest = head?.markers.includes(e.path) ?? false;
      if (!manifest && programmingLanguageOf(e.path) !== void 0) imports += 1;
      else named.push(e);
    }
  }
  const parts = named.slice(0, DELTA_MAX_NAMED).map(
    (e) => `+${style.code(e.detail)} (${style.text(location({ ...e, path: within(d.root, e.path) }))})`
  );
  const more = named.length - DELTA_MAX_NAMED;
  if (more > 0) parts.push(`+${more} more ${more === 1 ? "line" : "lines"}`);
  if (imports > 0) parts.push(`+${imports} ${imports === 1 ? "import" : "imports"}`);
  return parts.join(", ");
}
function within(root, path) {
  return root !== "." && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
function deltaCoverage(delta) {
  const coverage = delta.coverage;
  if (!coverage || coverage.counted.length === 0) return void 0;
  const analysed = coverage.analysed.length;
  const counted2 = coverage.counted.length;
  return `Analysed ${analysed} ${analysed === 1 ? "directory" : "directories"} in full; ${counted2} untouched ${counted2 === 1 ? "one was" : "ones were"} only counted (use scope all to analyse every one).`;
}
function deltaCounts(delta) {
  const { counts } = delta;
  return `${counts.new} new, ${counts.existing} existing, ${counts.resolved} resolved`;
}
function findingsByStatus(findings) {
  return {
    fresh: findings.filter((f) => f.status !== "existing"),
    existing: findings.filter((f) => f.status === "existing")
  };
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
  const judged = services.filter((s) => s.kind === "service" && !s.counted).sort((a, b) => compareStrings(a.root, b.root));
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
function sanitiseLabel(text3) {
  const clean3 = replaceControl(text3, " ").replace(/["`]/g, "'").replace(/[<>#;%{}\\]/g, " ").replace(/\s+/g, " ").trim();
  const chars = [...clean3];
  return chars.length > 60 ? chars.slice(0, 59).join("") + "\u2026" : clean3 || "service";
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
  const parts = [headline(report2, options)];
  if (report2.delta) parts.push(...deltaParts(report2, options));
  const counted2 = report2.services.filter((s) => s.counted);
  if (counted2.length === 0) parts.push(serviceTable(report2.services, report2));
  else {
    const analysed = report2.services.filter((s) => !s.counted);
    parts.push(analysed.length > 0 ? serviceTable(analysed, report2) : NOTHING_ANALYSED);
    parts.push(
      details(
        `Untouched directories, only counted (${counted2.length})`,
        countedTable(counted2),
        options
      )
    );
  }
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
  if (report2.delta) {
  } else if (active.length > 0) {
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
function deltaParts(report2, options) {
  const delta = report2.delta;
  if (!delta) return [];
  const sentences = deltaSentences(report2, { code, text });
  const parts = [
    [
      `### What this PR changes`,
      "",
      sentences.length > 0 ? sentences.map((s) => `- ${s}`).join("\n") : `No service\u2019s workload changed against ${code(delta.base)}.`,
      "",
      `Findings against ${code(delta.base)}: ${deltaCounts(delta)}.`,
      ...deltaCoverage(delta) ? ["", deltaCoverage(delta)] : []
    ].join("\n")
  ];
  const { fresh, existing } = findingsByStatus(report2.findings.filter((f) => !f.waived));
  if (fresh.length > 0) {
    parts.push(`### New findings (${fresh.length})`);
    for (const f of fresh) parts.push(findingBlock(f));
  } else {
    parts.push("### New findings\n\nNone: this PR brings in no new mismatch.");
  }
  if (existing.length > 0) {
    parts.push(
      details(
        `Existing findings (${existing.length})`,
        existing.map(findingBlock).join("\n\n"),
        options
      )
    );
  }
  if (delta.resolved.length > 0) {
    parts.push(
      details(
        `Resolved by this PR (${delta.resolved.length})`,
        delta.resolved.map(oneLiner).join("\n"),
        { ...options, detailsOpen: true }
      )
    );
  }
  return parts;
}
function headline(report2, options) {
  const { conclusion } = report2.verdict;
  const icon = conclusion === "fail" ? "\u274C" : "\u2705";
  const title = text(options.title ?? "stackfit");
  const judged = report2.services.filter((s) => s.kind === "service" && !s.counted).length;
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
var NOTHING_ANALYSED = "_This change touches no service directory: none was analysed in full._";
function countedTable(services) {
  const rows = services.slice(0, MARKDOWN_MAX_LIST).map((s) => `| ${code(s.root, true)} | ${s.kind} | ${text(languageText(s))} |`);
  const rest = services.length - rows.length;
  if (rest > 0) rows.push(`
\u2026 and ${rest} more: the JSON report lists every one.`);
  return ["| Directory | Kind | Language |\n| --- | --- | --- |", ...rows].join("\n");
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
  const shown2 = report2.diagnostics.slice(0, MARKDOWN_MAX_LIST);
  const lines = shown2.map((d) => {
    const where2 = d.path !== void 0 ? `${code(location({ path: d.path, line: d.line }))} ` : "";
    return `- ${d.severity}: ${where2}${text(d.message)} (${code(d.code)})`;
  });
  const rest = report2.diagnostics.length - shown2.length;
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
  const listed = report2.services.filter((s) => !s.counted);
  const rows = listed.map((s) => tableRow(s, report2));
  const active = report2.findings.filter((f) => !f.waived);
  const oneLiners = active.map(oneLiner);
  const lead = report2.delta ? deltaParts(report2, options).slice(0, 1) : [];
  const build2 = (rowCount, findingCount) => {
    const parts = [head, ...lead];
    if (report2.services.length === 0) parts.push("_No services found._");
    else if (listed.length === 0) parts.push(NOTHING_ANALYSED);
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
  const paint2 = (style, text3) => {
    if (!options.color || text3 === "") return text3;
    const [on, off] = SGR[style];
    return `\x1B[${on}m${text3}\x1B[${off}m`;
  };
  const out = [];
  const judged = report2.services.filter((s) => s.kind === "service" && !s.counted).length;
  out.push(
    paint2("bold", `stackfit ${safe(report2.tool.version)}`) + ` \u2014 ${count2(report2.services.length, "directory", "directories")} in ${safe(report2.root)}, ${count2(judged, "service", "services")} judged`,
    ""
  );
  if (report2.delta) {
    const sentences = deltaSentences(report2, { code: (v) => safe(v), text: (v) => safe(v) });
    out.push(paint2("bold", `Changes against ${safe(report2.delta.base)}`));
    if (sentences.length === 0) out.push("  No service\u2019s workload changed.");
    for (const s of sentences) out.push(`  ${s}`);
    out.push(`  Findings: ${deltaCounts(report2.delta)}`);
    const coverage = deltaCoverage(report2.delta);
    if (coverage) out.push(`  ${coverage}`);
    for (const f of report2.delta.resolved)
      out.push(
        `  ${paint2("green", "resolved")}  ${safe(f.ruleId)} ${safe(f.ruleName)} in ${safe(f.service)}`
      );
    out.push("");
  }
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
  const listed = report2.services.filter((s) => !s.counted);
  const counted2 = report2.services.length - listed.length;
  const untouched = counted2 > 0 ? [
    paint2(
      "dim",
      `${count2(counted2, "untouched directory", "untouched directories")} only counted, not listed (the JSON report lists every one).`
    )
  ] : [];
  if (listed.length === 0) return ["No directory the change touches was analysed.", ...untouched];
  const rows = listed.map((s) => {
    const fit = fitOf(s, report2.findings);
    return { cells: [safe(s.root), s.kind, safe(languageText(s)), safe(workloadText(s)), fit], fit };
  });
  const widths = header.map(
    (h, i) => Math.max(width_(h), ...rows.map((r) => width_(r.cells[i] ?? "")))
  );
  const line = (cells, fit) => cells.map((c, i) => {
    const last = i === cells.length - 1;
    const text3 = last ? c : pad(c, widths[i] ?? 0);
    return last && fit ? paint2(FIT_STYLE[fit], text3) : text3;
  }).join("  ");
  return [paint2("bold", line(header)), ...rows.map((r) => line(r.cells, r.fit)), ...untouched];
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
        `  ${paint2(SEVERITY_STYLE[f.severity], pad(f.severity, 7))}  ${paint2("bold", safe(f.ruleId))} ${safe(f.ruleName)}${f.status ? ` ${paint2("dim", `[${f.status}]`)}` : ""}`
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
function safe(text3) {
  return escapeControl(text3);
}
function width_(text3) {
  let w = 0;
  for (const ch of text3) {
    const cp = ch.codePointAt(0) ?? 0;
    if (new RegExp("\\p{Mn}|\\p{Me}|\\u200b|\\u200d", "u").test(ch)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 129791 || cp >= 131072 && cp <= 262141;
}
function pad(text3, width) {
  return text3 + " ".repeat(Math.max(0, width - width_(text3)));
}

// src/core/parse/sources/token-buffer.ts
var NAME = 1;
var STRING = 2;
var OP = 3;
var NEWLINE = 4;
var NUMBER = 5;
var IDENT_START_BIT = 1;
var IDENT_PART_BIT = 2;
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36;
  const digit = c >= 48 && c <= 57;
  CLASS[c] = (letter ? IDENT_START_BIT | IDENT_PART_BIT : 0) | (digit ? IDENT_PART_BIT : 0);
}
var identStart = (c) => c >= 128 || c >= 0 && ((CLASS[c] ?? 0) & IDENT_START_BIT) !== 0;
var identPart = (c) => c >= 128 || c >= 0 && ((CLASS[c] ?? 0) & IDENT_PART_BIT) !== 0;
function pushQuoted(tokens, text3, start, quote) {
  const n = text3.length;
  let i = start;
  while (i < n) {
    const d = text3.charCodeAt(i);
    if (d === quote || d === 10) break;
    i += d === 92 ? 2 : 1;
  }
  tokens.push(STRING, Math.min(start, n), Math.min(i, n));
  return text3.charCodeAt(i) === quote ? i + 1 : i;
}
var TokenBuffer = class {
  text = "";
  count = 0;
  kinds = new Uint8Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  lineOffset = 0;
  lineNumber = 1;
  /** Empties the buffer for `text`. */
  reset(text3) {
    this.text = text3;
    this.count = 0;
    this.lineOffset = 0;
    this.lineNumber = 1;
  }
  /** Appends a token covering `text[start, end)`. */
  push(kind, start, end) {
    if (this.count === this.kinds.length) {
      const size = this.kinds.length * 2;
      const kinds = new Uint8Array(size);
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      kinds.set(this.kinds);
      starts.set(this.starts);
      ends.set(this.ends);
      this.kinds = kinds;
      this.starts = starts;
      this.ends = ends;
    }
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
  }
  /** The kind of token `i`, or 0 when there is none. */
  kind(i) {
    return i >= 0 && i < this.count ? this.kinds[i] ?? 0 : 0;
  }
  /** True for a name (or, when `numbers`, a number, which reads as the name `0`). */
  isName(i, numbers = false) {
    const k = this.kind(i);
    return k === NAME || numbers && k === NUMBER;
  }
  /** The token's value (a string's content, without quotes); '' when there is no token. */
  value(i) {
    const k = this.kind(i);
    if (k === 0) return "";
    if (k === NUMBER) return "0";
    return this.text.slice(this.starts[i], this.ends[i]);
  }
  /** True when token `i` exists and its value is `word`, compared in place (no string is made). */
  is(i, word) {
    const k = this.kind(i);
    if (k === 0) return false;
    if (k === NUMBER) return word === "0";
    const start = this.starts[i] ?? 0;
    return (this.ends[i] ?? 0) - start === word.length && this.text.startsWith(word, start);
  }
  /** True when token `i` is the one-character operator with code unit `code`. */
  isOp(i, code3) {
    if (this.kind(i) !== OP) return false;
    const start = this.starts[i] ?? 0;
    return (this.ends[i] ?? 0) - start === 1 && this.text.charCodeAt(start) === code3;
  }
  /** The start offset of token `i`. */
  startOf(i) {
    return this.starts[i] ?? 0;
  }
  /**
   * The 1-based line of a character offset: the newlines before it, counted from the last offset
   * asked (evidence comes in source order, so the count is linear over a file).
   */
  lineAt(offset) {
    const text3 = this.text;
    let line = this.lineNumber;
    let from = this.lineOffset;
    if (offset < from) {
      for (let i = from - 1; i >= offset; i--) if (text3.charCodeAt(i) === 10) line--;
    } else {
      for (let i = text3.indexOf("\n", from); i >= 0 && i < offset; i = text3.indexOf("\n", i + 1))
        line++;
    }
    from = offset;
    this.lineOffset = from;
    this.lineNumber = line;
    return line;
  }
  /** The trimmed text (at most MAX_LINE_TEXT characters) of the line holding `offset`. */
  lineTextAt(offset) {
    const text3 = this.text;
    const start = offset <= 0 ? 0 : text3.lastIndexOf("\n", offset - 1) + 1;
    let end = text3.indexOf("\n", offset);
    if (end < 0) end = text3.length;
    return text3.slice(start, end).trim().slice(0, MAX_LINE_TEXT);
  }
};
var sharedTokens = new TokenBuffer();
var MAX_INTERNED = 65536;
var interned = /* @__PURE__ */ new Map();
function keep(s) {
  const known = interned.get(s);
  if (known !== void 0) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  const own2 = (" " + s).slice(1);
  interned.set(own2, own2);
  return own2;
}

// src/core/parse/sources/tokens.ts
var WAIVER_MARKER = "stackfit-ignore";
function keepWaiverComment(into, line, text3) {
  if (into !== void 0 && text3.includes(WAIVER_MARKER)) into.push({ line, text: text3.trim() });
}
var MAX_HINTS_PER_ID = 20;
function chainMatches(chain, pattern) {
  return chain === pattern || chain.endsWith(pattern) && chain[chain.length - pattern.length - 1] === ".";
}
function dottedBefore(tokens, index, numbers = false) {
  let i = index - 1;
  if (!tokens.isName(i, numbers)) return { text: "", first: index };
  let chain = tokens.value(i);
  while (tokens.kind(i - 1) === OP && tokens.is(i - 1, ".") && tokens.isName(i - 2, numbers)) {
    chain = `${tokens.value(i - 2)}.${chain}`;
    i -= 2;
  }
  return { text: chain, first: i };
}

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
function dependency(name, ecosystem, path, line, text3, dev, indirect = false) {
  return { name, ecosystem, path, line, text: text3.trim(), dev, indirect };
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
function localTarget(manifestPath, written, file = false) {
  const rel = written.trim().replace(/\\/g, "/");
  if (rel === "" || rel.startsWith("/") || /^[A-Za-z]:\//.test(rel) || rel.includes("$(")) {
    return void 0;
  }
  const parts = manifestPath.split("/").slice(0, -1);
  for (const segment of rel.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(segment);
  }
  if (file) parts.pop();
  return parts.length === 0 ? "." : parts.join("/");
}

// stackfit-lazy:smol-toml
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
function load() {
  const real = require2("../lazy/toml.cjs")["smol-toml"];
  parse = real.parse;
  TomlError = real.TomlError;
}
var parse = function(...args) {
  load();
  return new.target ? Reflect.construct(parse, args) : Reflect.apply(parse, this, args);
};
var TomlError = function(...args) {
  load();
  return new.target ? Reflect.construct(TomlError, args) : Reflect.apply(TomlError, this, args);
};

// src/core/parse/manifests/toml-lines.ts
var SEP = "\0";
var BARE_KEY_CHAR = /[A-Za-z0-9_-]/;
var SCALAR_END = /[,\]}\n#]/;
function locateToml(text3) {
  const lines = lineMap(text3);
  const keys = /* @__PURE__ */ new Map();
  const arrays = /* @__PURE__ */ new Map();
  const arrayTableIndex = /* @__PURE__ */ new Map();
  let p = 0;
  const n = text3.length;
  const at2 = (offset) => {
    const line = lines.lineOf(offset);
    return { line, text: lines.textOf(line) };
  };
  const remember = (path, offset) => {
    const id = path.join(SEP);
    if (!keys.has(id)) keys.set(id, at2(offset));
  };
  const skipInline = () => {
    while (p < n && (text3[p] === " " || text3[p] === "	" || text3[p] === "\r")) p++;
  };
  const skipComment = () => {
    if (text3[p] === "#") while (p < n && text3[p] !== "\n") p++;
  };
  const skipBlank = () => {
    for (; ; ) {
      const before = p;
      while (p < n && /\s/.test(text3[p] ?? "")) p++;
      skipComment();
      if (p === before) return;
    }
  };
  const toLineEnd = () => {
    while (p < n && text3[p] !== "\n") p++;
  };
  const readString = () => {
    const quote = text3[p];
    if (quote !== '"' && quote !== "'") return void 0;
    const triple = text3.startsWith(quote.repeat(3), p);
    p += triple ? 3 : 1;
    let out = "";
    while (p < n) {
      const c = text3[p] ?? "";
      if (triple ? text3.startsWith(quote.repeat(3), p) : c === quote) {
        p += triple ? 3 : 1;
        while (triple && text3[p] === quote) {
          out += quote;
          p++;
        }
        return out;
      }
      if (!triple && c === "\n") return out;
      if (quote === '"' && c === "\\") {
        const e = text3[p + 1] ?? "";
        p += 2;
        if (e === "n") out += "\n";
        else if (e === "t") out += "	";
        else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const code3 = Number.parseInt(text3.slice(p, p + len), 16);
          out += Number.isFinite(code3) && code3 <= 1114111 ? String.fromCodePoint(code3) : "";
          p += len;
        } else if (e === "\n" || e === "\r" || e === " " || e === "	") {
          while (p < n && /\s/.test(text3[p] ?? "")) p++;
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
      const c = text3[p] ?? "";
      if (c === '"' || c === "'") {
        path.push(readString() ?? "");
      } else if (BARE_KEY_CHAR.test(c)) {
        const start = p;
        while (p < n && BARE_KEY_CHAR.test(text3[p] ?? "")) p++;
        path.push(text3.slice(start, p));
      } else return void 0;
      skipInline();
      if (text3[p] !== ".") return path;
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
    const c = text3[p];
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
        if (text3[p] === "]") {
          p++;
          return;
        }
        const before = p;
        scanValue([...path, `[${index}]`], id);
        skipBlank();
        if (text3[p] === ",") p++;
        if (p === before) p++;
      }
      return;
    }
    if (c === "{") {
      p++;
      while (p < n) {
        skipInline();
        if (text3[p] === "}") {
          p++;
          return;
        }
        const keyStart = p;
        const key = readKeyPath();
        if (key === void 0 || text3[p] !== "=") {
          toLineEnd();
          return;
        }
        p++;
        const full = [...path, ...key];
        for (let end = path.length + 1; end <= full.length; end++) {
          remember(full.slice(0, end), keyStart);
        }
        scanValue(full, void 0);
        skipInline();
        if (text3[p] === ",") p++;
      }
      return;
    }
    while (p < n && !SCALAR_END.test(text3[p] ?? "")) p++;
  };
  let table = [];
  while (p < n) {
    skipBlank();
    if (p >= n) break;
    const start = p;
    if (text3[p] === "[") {
      const isArray = text3[p + 1] === "[";
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
    if (key === void 0 || text3[p] !== "=") {
      toLineEnd();
      continue;
    }
    p++;
    const full = [...table, ...key];
    for (let end = table.length + 1; end <= full.length; end++) remember(full.slice(0, end), start);
    scanValue(full, void 0);
    if (p === start) p++;
  }
  return {
    key: (path) => keys.get(path.join(SEP)),
    strings: (path) => arrays.get(path.join(SEP)) ?? []
  };
}

// src/core/parse/manifests/toml.ts
function readToml(path, text3) {
  const body = stripBom(text3);
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
    return { ok: false, diagnostic: parseDiagnostic(path, `invalid TOML: ${errorMessage(error)}`) };
  }
}

// src/core/parse/manifests/cargo.ts
var DEPENDENCY_TABLES = [
  { table: "dependencies", dev: false },
  { table: "dev-dependencies", dev: true },
  { table: "build-dependencies", dev: false }
];
function parseCargo(path, text3) {
  const read = readToml(path, text3);
  if (!read.ok)
    return { manifest: emptyManifest(path, "Cargo.toml"), diagnostics: [read.diagnostic] };
  const { data, loc } = read;
  const manifest = emptyManifest(path, "Cargo.toml");
  const pkg = record(data["package"]);
  const name = str(pkg?.["name"]);
  if (name !== void 0) manifest.name = name;
  const refs = [];
  for (const { table, dev } of DEPENDENCY_TABLES) {
    collect(path, loc, [table], data[table], dev, manifest.dependencies, refs);
  }
  for (const [target, body] of Object.entries(record(data["target"]) ?? {})) {
    for (const { table, dev } of DEPENDENCY_TABLES) {
      collect(
        path,
        loc,
        ["target", target, table],
        record(body)?.[table],
        dev,
        manifest.dependencies,
        refs
      );
    }
  }
  const workspace = record(data["workspace"]);
  manifest.workspaceMembers = stringList(workspace?.["members"]);
  manifest.workspaceOnly = workspace !== void 0 && pkg === void 0;
  const shared = record(workspace?.["dependencies"]);
  for (const [key, spec] of Object.entries(shared ?? {})) {
    const target = pathOf(path, spec);
    if (target === void 0) continue;
    const pos = loc.key(["workspace", "dependencies", key]) ?? loc.key(["workspace", "dependencies"]);
    refs.push({
      name: key,
      target,
      path,
      line: pos?.line ?? 1,
      text: pos?.text ?? key,
      via: "path dependency",
      dev: false,
      workspaceTable: true
    });
  }
  if (refs.length > 0) manifest.localReferences = refs;
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
function collect(path, loc, at2, value, dev, out, refs) {
  for (const [key, spec] of Object.entries(record(value) ?? {})) {
    const name = str(record(spec)?.["package"]) ?? key;
    const pos = loc.key([...at2, key]) ?? loc.key(at2);
    const line = pos?.line ?? 1;
    const text3 = pos?.text ?? key;
    out.push(dependency(name, "cargo", path, line, text3, dev));
    const target = pathOf(path, spec);
    if (target !== void 0) {
      refs.push({ name: key, target, path, line, text: text3, via: "path dependency", dev });
    } else if (record(spec)?.["workspace"] === true) {
      refs.push({ name: key, path, line, text: text3, via: "workspace dependency", dev });
    }
  }
}
function pathOf(manifestPath, spec) {
  const written = str(record(spec)?.["path"]);
  return written === void 0 ? void 0 : localTarget(manifestPath, written);
}

// src/core/parse/manifests/json.ts
var SEP2 = "\0";
var POSITION = /at position (\d+)/;
var LINE_COLUMN = /\(line (\d+) column (\d+)\)/;
function readJson(path, text3) {
  const body = stripBom(text3);
  try {
    const data = JSON.parse(body);
    return { ok: true, data, loc: locateJson(body) };
  } catch (error) {
    const message = errorMessage(error);
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
function locateJson(text3) {
  const lines = lineMap(text3);
  const keys = /* @__PURE__ */ new Map();
  const stack = [];
  let pendingKey;
  let p = 0;
  const n = text3.length;
  const readString = () => {
    p++;
    let out = "";
    while (p < n) {
      const c = text3[p];
      if (c === '"') {
        p++;
        break;
      }
      if (c === "\\") {
        const e = text3[p + 1] ?? "";
        if (e === "u") {
          out += String.fromCharCode(Number.parseInt(text3.slice(p + 2, p + 6), 16) || 0);
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
    const c = text3[p];
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
      while (q < n && (text3[q] === " " || text3[q] === "	" || text3[q] === "\n" || text3[q] === "\r"))
        q++;
      if (top && !top.array && pendingKey === void 0 && text3[q] === ":") {
        pendingKey = { name: s, offset };
        const line = lines.lineOf(offset);
        keys.set([...top.path, s].join(SEP2), { line, text: lines.textOf(line) });
        p = q + 1;
      } else valueDone();
    } else if (c === "," || c === ":" || c === " " || c === "	" || c === "\n" || c === "\r") {
      p++;
    } else {
      while (p < n && !",}] 	\n\r".includes(text3[p] ?? "")) p++;
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
function parseComposer(path, text3) {
  const read = readJson(path, text3);
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
function scanXml(text3, visit) {
  const lines = lineMap(text3);
  const open = [];
  let problem;
  const report2 = (message, offset) => {
    problem ??= { message, line: lines.lineOf(offset) };
  };
  let i = 0;
  while (i < text3.length) {
    const lt = text3.indexOf("<", i);
    const top = open[open.length - 1];
    if (lt < 0) {
      if (top) top.text += text3.slice(i);
      break;
    }
    if (top) top.text += text3.slice(i, lt);
    const skipTo = (terminator) => {
      const end = text3.indexOf(terminator, lt);
      if (end < 0) {
        report2(`unterminated "${text3.slice(lt, lt + 9)}"`, lt);
        i = text3.length;
      } else i = end + terminator.length;
    };
    if (text3.startsWith("<!--", lt)) skipTo("-->");
    else if (text3.startsWith("<![CDATA[", lt)) {
      const end = text3.indexOf("]]>", lt);
      if (top && end >= 0) top.text += text3.slice(lt + 9, end);
      skipTo("]]>");
    } else if (text3.startsWith("<?", lt)) skipTo("?>");
    else if (text3.startsWith("<!", lt)) skipTo(">");
    else {
      TAG.lastIndex = lt;
      const m = TAG.exec(text3);
      if (!m) {
        report2(`malformed tag "${text3.slice(lt, lt + 30).split("\n")[0] ?? ""}"`, lt);
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
var PROJECT_KINDS = [
  { sdk: "Aspire.AppHost.Sdk", kind: "infra", what: ".NET Aspire AppHost" },
  { property: "IsAspireHost", kind: "infra", what: ".NET Aspire AppHost" },
  { property: "UseMaui", kind: "frontend", what: ".NET MAUI app for phones and desktops" },
  { property: "UseWPF", kind: "frontend", what: "WPF desktop app" },
  { property: "UseWindowsForms", kind: "frontend", what: "Windows Forms desktop app" },
  {
    sdk: "Microsoft.NET.Sdk.BlazorWebAssembly",
    kind: "frontend",
    what: "Blazor WebAssembly app that runs in the browser"
  }
];
var KIND_BY_SDK = new Map(PROJECT_KINDS.flatMap((k) => k.sdk ? [[k.sdk.toLowerCase(), k]] : []));
var KIND_BY_PROPERTY = new Map(
  PROJECT_KINDS.flatMap((k) => k.property ? [[k.property.toLowerCase(), k]] : [])
);
var DEV_PACKAGE = /^(?:xunit|nunit|mstest|microsoft\.net\.test\.sdk|coverlet\.|moq$|fluentassertions$)/i;
function parseCsproj(path, text3) {
  const manifest = emptyManifest(path, "csproj");
  const problem = scanXml(stripBom(text3), (el) => {
    if (el.name === "PackageReference") {
      const id = el.attributes["Include"] ?? el.attributes["include"];
      if (id === void 0 || id === "") return;
      const privateAssets = (el.attributes["PrivateAssets"] ?? "").toLowerCase() === "all";
      manifest.dependencies.push(
        dependency(id, "nuget", path, el.line, el.lineText, privateAssets || DEV_PACKAGE.test(id))
      );
    } else if (el.name === "ProjectReference") {
      const include = el.attributes["Include"] ?? el.attributes["include"] ?? "";
      const target = localTarget(path, include, true);
      if (target === void 0) return;
      const file = include.replace(/\\/g, "/");
      const name = file.slice(file.lastIndexOf("/") + 1).replace(CSPROJ_SUFFIX, "");
      const privateAssets = (el.attributes["PrivateAssets"] ?? "").toLowerCase() === "all";
      (manifest.localReferences ??= []).push({
        name,
        target,
        path,
        line: el.line,
        text: el.lineText.trim(),
        via: "ProjectReference",
        dev: privateAssets
      });
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
    if (manifest.declaredKind !== void 0) return;
    const sdk = el.name === "Project" ? el.attributes["Sdk"] ?? "" : "";
    const declared = sdk !== "" ? KIND_BY_SDK.get(sdk.replace(/\/.*$/, "").trim().toLowerCase()) : el.text.trim().toLowerCase() === "true" ? KIND_BY_PROPERTY.get(el.name.toLowerCase()) : void 0;
    if (declared !== void 0) {
      const detail = sdk !== "" ? `Sdk ${sdk}` : `<${el.name}>true</${el.name}>`;
      manifest.declaredKind = {
        kind: declared.kind,
        evidence: { path, line: el.line, detail: `${detail}: ${declared.what}` }
      };
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
function parseDockerfile(path, text3) {
  const manifest = emptyManifest(path, "Dockerfile");
  const baseImages = [];
  const env = [];
  const stages = /* @__PURE__ */ new Set();
  for (const ins of instructions(text3)) {
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
function instructions(text3) {
  const lines = splitLines(text3);
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
function parseGemfile(path, text3) {
  const manifest = emptyManifest(path, "Gemfile");
  const blocks = [];
  splitLines(text3).forEach((raw, index) => {
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
function readGoDirectives(path, text3) {
  const directives = [];
  const diagnostics = [];
  let block;
  splitLines(text3).forEach((raw, index) => {
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
function parseGoMod(path, text3) {
  const { directives, diagnostics } = readGoDirectives(path, text3);
  const manifest = emptyManifest(path, "go.mod");
  const replaces = [];
  for (const d of directives) {
    if (d.verb === "module" && d.args[0] !== void 0) manifest.name = d.args[0];
    if (d.verb === "replace") replaces.push(d);
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
  const required = new Set(manifest.dependencies.filter((d) => !d.indirect).map((d) => d.name));
  for (const d of replaces) {
    const arrow = d.args.indexOf("=>");
    const module = d.args[0];
    const to = d.args[arrow + 1];
    if (arrow < 1 || module === void 0 || to === void 0 || !/^\.\.?(?:\/|$)/.test(to))
      continue;
    if (!required.has(module)) continue;
    const target = localTarget(path, to);
    if (target === void 0) continue;
    (manifest.localReferences ??= []).push({
      name: module,
      target,
      path,
      line: d.line,
      text: d.text,
      via: "replace",
      dev: false
    });
  }
  return { manifest, diagnostics };
}

// src/core/parse/manifests/go-work.ts
function parseGoWork(path, text3) {
  const { directives, diagnostics } = readGoDirectives(path, text3);
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
function parseGradle(path, text3) {
  const manifest = emptyManifest(path, "build.gradle");
  const code3 = blankCStyleComments(text3);
  const original = splitLines(text3);
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
function parseMix(path, text3) {
  const manifest = emptyManifest(path, "mix.exs");
  let depsIndent;
  splitLines(text3).forEach((raw, index) => {
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
function parsePackageJson(path, text3) {
  const read = readJson(path, text3);
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
      const text4 = pos?.text ?? `"${dep}": ${JSON.stringify(version)}`;
      manifest.dependencies.push(dependency(dep, "npm", path, pos?.line ?? 1, text4, dev));
      const spec = typeof version === "string" ? version.trim() : "";
      const local = /^(?:file|link):(.+)$/.exec(spec)?.[1];
      const target = local === void 0 ? void 0 : localTarget(path, local);
      if (target === void 0 && !spec.startsWith("workspace:")) continue;
      (manifest.localReferences ??= []).push({
        name: dep,
        ...target !== void 0 ? { target } : { byName: true },
        path,
        line: pos?.line ?? 1,
        text: text4.trim(),
        via: target !== void 0 ? "file dependency" : "workspace dependency",
        dev
      });
    }
  }
  const entry = (at2, detail) => {
    const evidence = { path, detail };
    const line = loc(at2)?.line;
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
function parsePipfile(path, text3) {
  const read = readToml(path, text3);
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

// stackfit-lazy:yaml
import { createRequire as createRequire3 } from "node:module";
var require3 = createRequire3(import.meta.url);
function load2() {
  const real = require3("../lazy/yaml.cjs")["yaml"];
  isAlias = real.isAlias;
  isMap = real.isMap;
  isPair = real.isPair;
  isScalar = real.isScalar;
  isSeq = real.isSeq;
  LineCounter = real.LineCounter;
  parse2 = real.parse;
  parseAllDocuments = real.parseAllDocuments;
  parseDocument = real.parseDocument;
}
var isAlias = function(...args) {
  load2();
  return new.target ? Reflect.construct(isAlias, args) : Reflect.apply(isAlias, this, args);
};
var isMap = function(...args) {
  load2();
  return new.target ? Reflect.construct(isMap, args) : Reflect.apply(isMap, this, args);
};
var isPair = function(...args) {
  load2();
  return new.target ? Reflect.construct(isPair, args) : Reflect.apply(isPair, this, args);
};
var isScalar = function(...args) {
  load2();
  return new.target ? Reflect.construct(isScalar, args) : Reflect.apply(isScalar, this, args);
};
var isSeq = function(...args) {
  load2();
  return new.target ? Reflect.construct(isSeq, args) : Reflect.apply(isSeq, this, args);
};
var LineCounter = function(...args) {
  load2();
  return new.target ? Reflect.construct(LineCounter, args) : Reflect.apply(LineCounter, this, args);
};
var parse2 = function(...args) {
  load2();
  return new.target ? Reflect.construct(parse2, args) : Reflect.apply(parse2, this, args);
};
var parseAllDocuments = function(...args) {
  load2();
  return new.target ? Reflect.construct(parseAllDocuments, args) : Reflect.apply(parseAllDocuments, this, args);
};
var parseDocument = function(...args) {
  load2();
  return new.target ? Reflect.construct(parseDocument, args) : Reflect.apply(parseDocument, this, args);
};

// src/core/parse/manifests/pnpm-workspace.ts
var YAML_POSITION = /\s*at line \d+, column \d+:?\s*$/;
function parsePnpmWorkspace(path, text3) {
  const manifest = emptyManifest(path, "pnpm-workspace.yaml");
  manifest.workspaceOnly = true;
  try {
    const doc = parseDocument(stripBom(text3));
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
function parsePom(path, text3) {
  const manifest = emptyManifest(path, "pom.xml");
  let groupId;
  let artifact;
  let scope;
  let packaging;
  const problem = scanXml(stripBom(text3), (el) => {
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
function parsePyproject(path, text3) {
  const read = readToml(path, text3);
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
function pep508List(path, loc, at2, value, dev, out) {
  for (const { value: requirement, line } of locatedStrings(loc, at2, stringList(value))) {
    const name = pep508Name(requirement);
    if (name !== void 0) out.push(dependency(name, "pypi", path, line, requirement, dev));
  }
}
function poetryTable(path, loc, at2, value, dev, out) {
  for (const key of Object.keys(record(value) ?? {})) {
    if (key.toLowerCase() === "python") continue;
    const pos = loc.key([...at2, key]) ?? loc.key(at2);
    out.push(
      dependency(normalisePypiName(key), "pypi", path, pos?.line ?? 1, pos?.text ?? key, dev)
    );
  }
}
function scripts(path, loc, at2, label, value, out) {
  for (const [script, target] of Object.entries(record(value) ?? {})) {
    const pos = loc.key([...at2, script]);
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
function parseRequirements(path, text3) {
  const manifest = emptyManifest(path, "requirements.txt");
  const dev = isDevFile(path);
  const bad = [];
  const physical = splitLines(text3);
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
function parseSetupCfg(path, text3) {
  const manifest = emptyManifest(path, "setup.cfg");
  const { entries, problem } = readIni(text3);
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
function readIni(text3) {
  const entries = [];
  let section = "";
  let current;
  let problem;
  splitLines(text3).forEach((raw, index) => {
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

// src/core/parse/sources/python-tokens.ts
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
var TWO_CHAR_SECOND = new Set([...TWO_CHAR_OPS].map((op) => op.charCodeAt(1)));
var QUOTE = 34;
var APOSTROPHE = 39;
var NL = 10;
var BACKSLASH = 92;
var isPrefixLetter = (c, letters) => letters.includes(String.fromCharCode(c | 32));
function isStringPrefix(text3, start, end) {
  const a = text3.charCodeAt(start);
  if (end - start === 1) return isPrefixLetter(a, "rbuft");
  if (end - start !== 2) return false;
  const b = text3.charCodeAt(start + 1);
  return isPrefixLetter(a, "r") && isPrefixLetter(b, "bft") || isPrefixLetter(a, "bft") && isPrefixLetter(b, "r");
}
var isFStringPrefix = (text3, start, end) => {
  for (let k = start; k < end; k++) if (isPrefixLetter(text3.charCodeAt(k), "ft")) return true;
  return false;
};
function scanPython(text3, comments, into = sharedTokens) {
  const tokens = into;
  tokens.reset(text3);
  const n = text3.length;
  const markers = comments !== void 0 && text3.includes(WAIVER_MARKER);
  let i = 0;
  let depth3 = 0;
  const pushNewline = (at2) => {
    const last = tokens.count - 1;
    if (last >= 0 && tokens.kinds[last] !== NEWLINE) tokens.push(NEWLINE, at2, at2);
  };
  const scanString = (fString) => {
    const quote = text3.charCodeAt(i);
    const triple = text3.charCodeAt(i + 1) === quote && text3.charCodeAt(i + 2) === quote;
    i += triple ? 3 : 1;
    let braces = 0;
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c === BACKSLASH) {
        i += 2;
        continue;
      }
      if (c === NL) {
        if (!triple && braces === 0) break;
        i++;
        continue;
      }
      if (fString && c === 123) {
        if (text3.charCodeAt(i + 1) === 123 && braces === 0) i += 2;
        else {
          braces++;
          i++;
        }
        continue;
      }
      if (fString && c === 125 && braces > 0) {
        braces--;
        i++;
        continue;
      }
      if (braces > 0 && (c === QUOTE || c === APOSTROPHE)) {
        scanString(false);
        continue;
      }
      if (c === quote && (!triple || text3.charCodeAt(i + 1) === quote && text3.charCodeAt(i + 2) === quote)) {
        const end = i;
        i += triple ? 3 : 1;
        return end;
      }
      i++;
    }
    return Math.min(i, n);
  };
  const pushString = (fString) => {
    const quote = text3.charCodeAt(i);
    const triple = text3.charCodeAt(i + 1) === quote && text3.charCodeAt(i + 2) === quote;
    const start = i + (triple ? 3 : 1);
    const end = scanString(fString);
    tokens.push(STRING, Math.min(start, n), end);
  };
  while (i < n) {
    const c = text3.charCodeAt(i);
    if (c === NL) {
      if (depth3 === 0) pushNewline(i);
      i++;
    } else if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++;
    } else if (c === 35) {
      const start = i + 1;
      const end = text3.indexOf("\n", i);
      i = end < 0 ? n : end;
      if (markers) keepWaiverComment(comments, tokens.lineAt(start), text3.slice(start, i));
    } else if (c === BACKSLASH && (text3.charCodeAt(i + 1) === NL || text3.charCodeAt(i + 1) === 13 && text3.charCodeAt(i + 2) === NL)) {
      i += text3.charCodeAt(i + 1) === NL ? 2 : 3;
    } else if (c === QUOTE || c === APOSTROPHE) {
      pushString(false);
    } else if (identStart(c) && c !== 36) {
      const start = i;
      i++;
      while (i < n) {
        const d = text3.charCodeAt(i);
        if (!identPart(d) || d === 36) break;
        i++;
      }
      const next = text3.charCodeAt(i);
      if ((next === QUOTE || next === APOSTROPHE) && isStringPrefix(text3, start, i)) {
        pushString(isFStringPrefix(text3, start, i));
      } else {
        tokens.push(NAME, start, i);
      }
    } else if (c >= 48 && c <= 57) {
      while (i < n && (identPart(text3.charCodeAt(i)) || text3.charCodeAt(i) === 46)) i++;
    } else {
      if (TWO_CHAR_SECOND.has(text3.charCodeAt(i + 1)) && TWO_CHAR_OPS.has(text3.slice(i, i + 2))) {
        tokens.push(OP, i, i + 2);
        i += 2;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth3++;
      else if ((c === 41 || c === 93 || c === 125) && depth3 > 0) depth3--;
      tokens.push(OP, i, i + 1);
      i++;
    }
  }
  pushNewline(n);
  return tokens;
}
function tokenizePython(text3, comments) {
  const buffer = scanPython(text3, comments);
  const kinds = ["", "name", "string", "op", "newline"];
  const out = [];
  for (let i = 0; i < buffer.count; i++) {
    const kind = kinds[buffer.kind(i)] || "op";
    out.push({ kind, value: buffer.value(i), line: buffer.lineAt(buffer.startOf(i)) });
  }
  return out;
}

// src/core/parse/manifests/setup-py.ts
var SCRIPT_SECTIONS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
var INI_SECTION = /^\s*\[([^\]]+)\]\s*$/;
function parseSetupPy(path, text3) {
  const tokens = tokenizePython(text3);
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
  let depth3 = 0;
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op" && "([{".includes(t.value)) depth3++;
    else if (t.kind === "op" && ")]}".includes(t.value)) {
      depth3--;
      if (depth3 === 0) break;
    } else if (t.kind === "string" && depth3 === 1) out.push(t);
  }
  return out;
}
function dictEntries(tokens, index) {
  if (tokens[index]?.value !== "{") return [];
  const out = [];
  let depth3 = 0;
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === void 0) break;
    if (t.kind === "op" && "([{".includes(t.value)) depth3++;
    else if (t.kind === "op" && ")]}".includes(t.value)) {
      depth3--;
      if (depth3 === 0) break;
    } else if (depth3 === 1 && t.kind === "string" && tokens[i + 1]?.value === ":") {
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
var WAIVER_COMMENT_MARKERS = {
  "requirements.txt": ["#"],
  "pyproject.toml": ["#"],
  Pipfile: ["#"],
  "Cargo.toml": ["#"],
  "setup.cfg": ["#", ";"],
  "pnpm-workspace.yaml": ["#"],
  Gemfile: ["#"],
  Dockerfile: ["#"],
  "go.mod": ["//"],
  "go.work": ["//"]
};
function waiverCommentsOf(text3, markers) {
  const out = [];
  if (!text3.includes(WAIVER_MARKER)) return out;
  const escaped = markers.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  const start = new RegExp(`(?:^|\\s)(?:${escaped.join("|")})(.*)$`);
  const lines = text3.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.includes(WAIVER_MARKER)) continue;
    const body = start.exec(line)?.[1];
    if (body !== void 0) keepWaiverComment(out, i + 1, body);
  }
  return out;
}
function manifestTypeOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const match = MANIFEST_FILES.find((m) => m.pattern.test(base));
  if (match) return match.type;
  return REQUIREMENTS_FOLDER_FILE.test(path) ? "requirements.txt" : void 0;
}
function parseManifest(path, text3, type) {
  try {
    const parsed = PARSERS[type](path, text3);
    const markers = WAIVER_COMMENT_MARKERS[type];
    if (parsed.manifest && markers) {
      const comments = waiverCommentsOf(text3, markers);
      if (comments.length > 0) parsed.manifest.waiverComments = comments;
    }
    return parsed;
  } catch (error) {
    return {
      manifest: emptyManifest(path, type),
      diagnostics: [parseDiagnostic(path, `internal parser error: ${errorMessage(error)}`)]
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
var ANY_MARKER = /generated/i;
function isGenerated(text3) {
  let head = text3.slice(0, GENERATED_HEAD_BYTES);
  let end = -1;
  for (let i = 0; i < GENERATED_HEAD_LINES; i++) {
    end = head.indexOf("\n", end + 1);
    if (end < 0) break;
  }
  if (end >= 0) head = head.slice(0, end);
  return ANY_MARKER.test(head) && GENERATED_MARKERS.some(({ pattern }) => pattern.test(head));
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
  },
  { id: "go.grpc-server", callees: ["grpc.NewServer"] }
];
var lastSegment = (chain) => chain.slice(chain.lastIndexOf(".") + 1);
var CALL_HINTS_BY_LAST_SEGMENT = /* @__PURE__ */ new Map();
for (const rule of GO_CALL_HINTS) {
  for (const segment of new Set(rule.callees.map(lastSegment))) {
    const list = CALL_HINTS_BY_LAST_SEGMENT.get(segment) ?? [];
    list.push(rule);
    CALL_HINTS_BY_LAST_SEGMENT.set(segment, list);
  }
}
function scanGo(text3, comments, into = sharedTokens) {
  const tokens = into;
  tokens.reset(text3);
  const n = text3.length;
  const markers = comments !== void 0 && text3.includes(WAIVER_MARKER);
  let i = 0;
  while (i < n) {
    const c = text3.charCodeAt(i);
    if (c === 10 || c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 47 && text3.charCodeAt(i + 1) === 47) {
      const start = i + 2;
      const end = text3.indexOf("\n", i);
      i = end < 0 ? n : end;
      if (markers) keepWaiverComment(comments, tokens.lineAt(start), text3.slice(start, i));
    } else if (c === 47 && text3.charCodeAt(i + 1) === 42) {
      const end = text3.indexOf("*/", i + 2);
      i = end < 0 ? n + 1 : end + 2;
    } else if (c === 34 || c === 39) {
      i = pushQuoted(tokens, text3, i + 1, c);
    } else if (c === 96) {
      const start = i + 1;
      const end = text3.indexOf("`", start);
      i = end < 0 ? n : end;
      tokens.push(STRING, Math.min(start, n), i);
      i++;
    } else if (identStart(c) && c !== 36) {
      const start = i;
      i++;
      while (i < n) {
        const d = text3.charCodeAt(i);
        if (!identPart(d) || d === 36) break;
        i++;
      }
      tokens.push(NAME, start, i);
    } else if (c >= 48 && c <= 57) {
      while (i < n && (identPart(text3.charCodeAt(i)) || text3.charCodeAt(i) === 46)) i++;
    } else {
      tokens.push(OP, i, i + 1);
      i++;
    }
  }
  return tokens;
}
function lexGo(text3, comments) {
  const tokens = scanGo(text3, comments);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, at2) => {
    const count4 = counts.get(id) ?? 0;
    if (count4 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count4 + 1);
    hints.push({ id, line: tokens.lineAt(at2), text: keep(tokens.lineTextAt(at2)) });
  };
  const addImport = (index) => {
    const at2 = tokens.startOf(index);
    const module = tokens.value(index);
    imports.push({
      module: keep(module),
      line: tokens.lineAt(at2),
      text: keep(tokens.lineTextAt(at2))
    });
    if (module === "C") hint("go.cgo", at2);
  };
  const count3 = tokens.count;
  const kinds = tokens.kinds;
  let packageName;
  for (let i = 0; i < count3; i++) {
    const kind = kinds[i];
    if (kind === OP) {
      if (tokens.isOp(i, 40) && kinds[i - 1] === NAME) {
        const rules = CALL_HINTS_BY_LAST_SEGMENT.get(tokens.value(i - 1));
        if (rules) {
          const chain = dottedBefore(tokens, i).text;
          for (const rule of rules) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, tokens.startOf(i));
          }
        }
      }
      continue;
    }
    if (kind !== NAME || tokens.is(i - 1, ".")) continue;
    if (tokens.is(i, "package") && packageName === void 0 && tokens.kind(i + 1) === NAME) {
      packageName = keep(tokens.value(i + 1));
      i++;
    } else if (tokens.is(i, "import")) {
      if (tokens.is(i + 1, "(")) {
        let j = i + 2;
        for (; j < count3 && !tokens.is(j, ")"); j++) {
          if (kinds[j] === STRING) addImport(j);
        }
        i = j;
      } else {
        const spec = tokens.kind(i + 1) === STRING ? i + 1 : i + 2;
        if (tokens.kind(spec) === STRING) addImport(spec);
      }
    } else if (tokens.is(i, "go")) {
      hint("go.goroutine", tokens.startOf(i));
    } else if (tokens.is(i, "func") && tokens.is(i + 1, "main") && tokens.is(i + 2, "(") && tokens.is(i + 3, ")") && packageName === "main") {
      hint("go.func-main", tokens.startOf(i));
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
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["type", "typeof", "as", "default"]);
var CALL_LAST_SEGMENTS = new Set(
  JS_CALL_HINTS.flatMap((rule) => rule.callees.map((c) => c.slice(c.lastIndexOf(".") + 1)))
);
function scanJs(text3, comments, into = sharedTokens) {
  const tokens = into;
  tokens.reset(text3);
  const n = text3.length;
  const markers = comments !== void 0 && text3.includes(WAIVER_MARKER);
  let i = 0;
  const braces = [];
  const regexAllowed = () => {
    const last = tokens.count - 1;
    const kind = tokens.kind(last);
    if (kind === 0) return true;
    if (kind === STRING) return false;
    if (kind === NUMBER) return false;
    if (kind === NAME) return REGEX_AFTER_WORD.has(tokens.value(last));
    return !tokens.isOp(last, 41) && !tokens.isOp(last, 93);
  };
  const scanTemplate = () => {
    const start = i;
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === 96) {
        tokens.push(STRING, start, i);
        i++;
        return;
      }
      if (c === 36 && text3.charCodeAt(i + 1) === 123) {
        tokens.push(STRING, start, i);
        i += 2;
        braces.push(true);
        return;
      }
      i++;
    }
    tokens.push(STRING, Math.min(start, n), n);
  };
  while (i < n) {
    const c = text3.charCodeAt(i);
    if (c === 10 || c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 47 && text3.charCodeAt(i + 1) === 47) {
      const start = i + 2;
      const end = text3.indexOf("\n", i);
      i = end < 0 ? n : end;
      if (markers) keepWaiverComment(comments, tokens.lineAt(start), text3.slice(start, i));
    } else if (c === 47 && text3.charCodeAt(i + 1) === 42) {
      const end = text3.indexOf("*/", i + 2);
      i = end < 0 ? n + 1 : end + 2;
    } else if (c === 34 || c === 39) {
      i = pushQuoted(tokens, text3, i + 1, c);
    } else if (c === 96) {
      i++;
      scanTemplate();
    } else if (c === 47 && regexAllowed()) {
      const start = i;
      i++;
      let inClass = false;
      while (i < n) {
        const r = text3.charCodeAt(i);
        if (r === 10) break;
        if (r === 92) i++;
        else if (r === 91) inClass = true;
        else if (r === 93) inClass = false;
        else if (r === 47 && !inClass) break;
        i++;
      }
      i++;
      while (i < n && identPart(text3.charCodeAt(i))) i++;
      tokens.push(STRING, start, start);
    } else if (identStart(c)) {
      const start = i;
      i++;
      while (i < n && identPart(text3.charCodeAt(i))) i++;
      tokens.push(NAME, start, i);
    } else if (c >= 48 && c <= 57) {
      const start = i;
      while (i < n && (identPart(text3.charCodeAt(i)) || text3.charCodeAt(i) === 46)) i++;
      tokens.push(NUMBER, start, i);
    } else if (c === 123) {
      braces.push(false);
      tokens.push(OP, i, i + 1);
      i++;
    } else if (c === 125) {
      i++;
      if (braces.pop() === true) scanTemplate();
      else tokens.push(OP, i - 1, i);
    } else if (c === 63 && text3.charCodeAt(i + 1) === 46 && !isDigit(text3.charCodeAt(i + 2))) {
      tokens.push(OP, i + 1, i + 2);
      i += 2;
    } else {
      tokens.push(OP, i, i + 1);
      i++;
    }
  }
  return tokens;
}
var isDigit = (c) => c >= 48 && c <= 57;
function lexJs(text3, comments) {
  const tokens = scanJs(text3, comments);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, at2) => {
    const count4 = counts.get(id) ?? 0;
    if (count4 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count4 + 1);
    hints.push({ id, line: tokens.lineAt(at2), text: keep(tokens.lineTextAt(at2)) });
  };
  const addImport = (index) => {
    if (tokens.startOf(index) === tokens.ends[index]) return;
    const at2 = tokens.startOf(index);
    imports.push({
      module: keep(tokens.value(index)),
      line: tokens.lineAt(at2),
      text: keep(tokens.lineTextAt(at2))
    });
  };
  const count3 = tokens.count;
  const kinds = tokens.kinds;
  for (let i = 0; i < count3; i++) {
    const kind = kinds[i];
    if (kind === OP) {
      if (!tokens.isOp(i, 40)) continue;
      if (kinds[i - 1] !== NAME || !CALL_LAST_SEGMENTS.has(tokens.value(i - 1))) continue;
      const chain = dottedBefore(tokens, i, true);
      const constructed = tokens.is(chain.first - 1, "new");
      for (const rule of JS_CALL_HINTS) {
        if (rule.constructs === true && !constructed) continue;
        const matches2 = rule.callees.some(
          (c) => chainMatches(chain.text, c) && (c !== "listen" || chain.text !== "listen")
        );
        if (matches2) hint(rule.id, tokens.startOf(i));
      }
      continue;
    }
    if (kind !== NAME || tokens.is(i - 1, ".")) continue;
    if (tokens.is(i, "require") && tokens.is(i + 1, "(")) {
      if (tokens.kind(i + 2) === STRING && tokens.is(i + 3, ")")) addImport(i + 2);
    } else if (tokens.is(i, "import")) {
      if (tokens.is(i + 1, "(")) {
        if (tokens.kind(i + 2) === STRING && (tokens.is(i + 3, ")") || tokens.is(i + 3, ",")))
          addImport(i + 2);
      } else if (tokens.kind(i + 1) === STRING) {
        addImport(i + 1);
      } else {
        const spec = fromClause(tokens, i + 1);
        if (spec >= 0) addImport(spec);
      }
    } else if (tokens.is(i, "export") && (tokens.is(i + 1, "*") || tokens.is(i + 1, "{") || tokens.is(i + 1, "type"))) {
      const spec = fromClause(tokens, i + 1);
      if (spec >= 0) addImport(spec);
    }
  }
  return { imports, hints };
}
function fromClause(tokens, index) {
  let depth3 = 0;
  for (let i = index; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === OP) {
      if (tokens.isOp(i, 123)) depth3++;
      else if (tokens.isOp(i, 125)) depth3--;
      else if (!tokens.isOp(i, 44) && !tokens.isOp(i, 42)) return -1;
      continue;
    }
    if (kind === STRING) return -1;
    if (kind === NAME && depth3 === 0 && tokens.is(i, "from")) {
      return tokens.kind(i + 1) === STRING ? i + 1 : -1;
    }
    if (tokens.isName(i, true) && depth3 === 0 && i > index && !CLAUSE_WORDS.has(tokens.value(i))) {
      if (tokens.isName(i - 1, true) && !CLAUSE_WORDS.has(tokens.value(i - 1))) return -1;
    }
  }
  return -1;
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
  { id: "py.grpc-server", callees: ["grpc.server", "grpc.aio.server"] },
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
var lastSegment2 = (chain) => chain.slice(chain.lastIndexOf(".") + 1);
var CALL_HINTS_BY_LAST_SEGMENT2 = /* @__PURE__ */ new Map();
for (const rule of PYTHON_CALL_HINTS) {
  for (const segment of new Set(rule.callees.map(lastSegment2))) {
    const list = CALL_HINTS_BY_LAST_SEGMENT2.get(segment) ?? [];
    list.push(rule);
    CALL_HINTS_BY_LAST_SEGMENT2.set(segment, list);
  }
}
function lexPython(text3, comments) {
  const tokens = scanPython(text3, comments);
  const imports = [];
  const hints = [];
  const counts = /* @__PURE__ */ new Map();
  const hint = (id, at2) => {
    const count4 = counts.get(id) ?? 0;
    if (count4 >= MAX_HINTS_PER_ID) return;
    counts.set(id, count4 + 1);
    hints.push({ id, line: tokens.lineAt(at2), text: keep(tokens.lineTextAt(at2)) });
  };
  const addImport = (module, at2) => {
    imports.push({
      module: keep(module),
      line: tokens.lineAt(at2),
      text: keep(tokens.lineTextAt(at2))
    });
  };
  const count3 = tokens.count;
  const kinds = tokens.kinds;
  let statementStart = true;
  let lineHead = -1;
  let depth3 = 0;
  for (let i = 0; i < count3; i++) {
    const kind = kinds[i];
    if (kind === NEWLINE) {
      statementStart = true;
      lineHead = -1;
      depth3 = 0;
      continue;
    }
    const atStart = statementStart;
    statementStart = false;
    if (atStart && lineHead < 0) lineHead = i;
    if (kind === OP) {
      const at2 = tokens.startOf(i);
      const c = tokens.ends[i] === at2 + 1 ? text3.charCodeAt(at2) : 0;
      if (c === 40 || c === 91 || c === 123) depth3++;
      else if (c === 41 || c === 93 || c === 125) depth3 = Math.max(0, depth3 - 1);
      if (depth3 === 0 && (c === 59 || c === 58 && lineHead >= 0 && COMPOUND_KEYWORDS.has(tokens.value(lineHead)))) {
        statementStart = true;
      }
      if (c === 40 && kinds[i - 1] === NAME) {
        const rules = CALL_HINTS_BY_LAST_SEGMENT2.get(tokens.value(i - 1));
        if (rules) {
          const chain = dottedBefore(tokens, i);
          if (!DEFINERS.has(tokens.value(chain.first - 1))) {
            for (const rule of rules) {
              if (rule.callees.some((callee) => chainMatches(chain.text, callee))) hint(rule.id, at2);
            }
          }
        }
      }
      if (c === 64 && atStart) {
        const chain = dottedAt(tokens, i + 1).text;
        for (const rule of PYTHON_DECORATOR_HINTS) {
          if (rule.decorators.some((d) => chainMatches(chain, d))) hint(rule.id, at2);
        }
      }
      continue;
    }
    if (kind !== NAME || !atStart) continue;
    if (tokens.is(i, "import")) {
      i = importNames(tokens, i + 1, addImport) - 1;
    } else if (tokens.is(i, "from")) {
      i = fromImport(tokens, i + 1, addImport) - 1;
    } else if (tokens.is(i, "async") && tokens.is(i + 1, "def")) {
      hint("py.asyncio", tokens.startOf(i));
    } else if (tokens.is(i, "if") && isMainGuard(tokens, i + 1)) {
      hint("py.main-guard", tokens.startOf(i));
    }
  }
  return { imports, hints };
}
function dottedAt(tokens, index) {
  let out = "";
  for (let i = index; ; i += 2) {
    if (tokens.kind(i) !== NAME) return { text: out, next: out === "" ? i : i - 1 };
    out = out === "" ? tokens.value(i) : `${out}.${tokens.value(i)}`;
    if (!tokens.is(i + 1, ".")) return { text: out, next: i + 1 };
  }
}
function importNames(tokens, index, add) {
  let i = index;
  for (; ; ) {
    if (tokens.kind(i) !== NAME) return i;
    const module = dottedAt(tokens, i);
    add(module.text, tokens.startOf(i));
    i = module.next;
    if (tokens.is(i, "as")) i += 2;
    if (!tokens.is(i, ",")) return i;
    i++;
  }
}
function fromImport(tokens, index, add) {
  if (tokens.kind(index) !== NAME) return index;
  const module = dottedAt(tokens, index);
  const after = module.next;
  if (!tokens.is(after, "import")) return after;
  add(module.text, tokens.startOf(index));
  return after + 1;
}
function isMainGuard(tokens, index) {
  if (!tokens.is(index + 1, "==") || !tokens.is(index + 3, ":")) return false;
  const isName = (i) => tokens.kind(i) === NAME && tokens.is(i, "__name__");
  const isMain = (i) => tokens.kind(i) === STRING && tokens.is(i, "__main__");
  return isName(index) && isMain(index + 2) || isMain(index) && isName(index + 2);
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
function lexSource(path, text3, language) {
  const facts = { path, language, generated: false, imports: [], hints: [] };
  try {
    facts.generated = isGenerated(text3);
    const comments = [];
    if (language === "python") {
      Object.assign(facts, lexPython(text3, comments));
    } else if (language === "go") {
      Object.assign(facts, lexGo(text3, comments));
    } else {
      Object.assign(facts, lexJs(text3, comments));
    }
    if (comments.length > 0) facts.waiverComments = comments;
  } catch {
  }
  return facts;
}

// src/core/context.ts
var MAX_MANIFEST_BYTES = 2 * 1024 * 1024;
var MAX_SOURCE_BYTES = 512 * 1024;
function createScanContext(view, options = {}) {
  const manifests = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const diagnostics = [...view.diagnostics];
  const readSources = options.readSources;
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
          const text3 = readText(file, MAX_MANIFEST_BYTES, "Manifest");
          if (text3 !== void 0) {
            const result2 = parseManifest(file.path, text3, type);
            parsed = result2.manifest;
            for (const d of result2.diagnostics) diagnose(d);
          }
        }
      }
      manifests.set(file.path, parsed);
      return parsed;
    },
    source(file) {
      const language = sourceLanguageOf(file.path);
      if (!language || readSources !== void 0 && !readSources(file.path)) return void 0;
      if (sources.has(file.path)) return sources.get(file.path);
      let facts;
      const text3 = readText(file, MAX_SOURCE_BYTES, "Source file");
      if (text3 !== void 0) facts = lexSource(file.path, text3, language);
      sources.set(file.path, facts);
      return facts;
    },
    release(files) {
      if (sources.size === 0) return;
      for (const file of files) sources.delete(file.path);
    }
  };
}

// src/core/4-evaluate/inline-waivers.ts
var WAIVER_COMMENT = /^stackfit-ignore(?:\s+([A-Za-z][\w-]*))?\s*:?\s*(.*)$/;
var UNTIL = /[,;]?\s*\buntil\s+(\d{4}-\d{2}(?:-\d{2})?)\s*$/i;
function lastDayOf(text3) {
  const [y, m, d] = text3.split("-").map(Number);
  if (y === void 0 || m === void 0 || m < 1 || m > 12) return void 0;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d === void 0) return `${text3}-${String(days).padStart(2, "0")}`;
  return d >= 1 && d <= days ? text3 : void 0;
}
function inlineWaiversOf(service, path, comments) {
  const out = { waivers: [], diagnostics: [] };
  for (const comment of comments) {
    const problem = (what) => {
      out.diagnostics.push({
        severity: "warning",
        code: "inline-waiver",
        message: `${path}:${comment.line}: ${what}; it waives nothing. Write "stackfit-ignore SF101: <reason>[, until YYYY-MM-DD]".`,
        path,
        line: comment.line
      });
    };
    const match = WAIVER_COMMENT.exec(comment.text);
    if (!match) continue;
    const rule = match[1];
    let reason = (match[2] ?? "").trim();
    if (rule === void 0) {
      problem("the inline waiver names no rule");
      continue;
    }
    let expires;
    const until = UNTIL.exec(reason);
    if (until) {
      expires = lastDayOf(until[1] ?? "");
      if (expires === void 0) {
        problem(`the inline waiver for ${rule} has no such date "until ${until[1]}"`);
        continue;
      }
      reason = reason.slice(0, until.index).trim();
    }
    if (reason === "") {
      problem(`the inline waiver for ${rule} gives no reason`);
      continue;
    }
    const source = `${path}:${comment.line}`;
    out.waivers.push({
      rule,
      service,
      reason,
      ...expires !== void 0 ? { expires } : {},
      source,
      evidence: { path, line: comment.line, detail: comment.text },
      inline: { path, line: comment.line }
    });
  }
  return out;
}

// src/core/1-discover/discover-services.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/core/1-discover/attach-deploy-files.ts
import * as posix from "node:path/posix";

// src/core/1-discover/attach-rules.ts
var WORKLOAD_KINDS = [
  { kind: "CronJob", podSpec: ["spec", "jobTemplate", "spec", "template", "spec"] },
  { kind: "DaemonSet", podSpec: ["spec", "template", "spec"] },
  { kind: "Deployment", podSpec: ["spec", "template", "spec"] },
  { kind: "Job", podSpec: ["spec", "template", "spec"] },
  { kind: "Pod", podSpec: ["spec"] },
  { kind: "ReplicaSet", podSpec: ["spec", "template", "spec"] },
  { kind: "Rollout", podSpec: ["spec", "template", "spec"] },
  { kind: "StatefulSet", podSpec: ["spec", "template", "spec"] }
];
var SCALER_KINDS = ["HorizontalPodAutoscaler", "ScaledObject"];
var COMPOSE_FILE = /^(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i;
var MAX_ATTACH_YAML_BYTES = 512 * 1024;
var HELM_DIRECTIVE = /\{\{-?[\s\S]*?-?\}\}/g;

// src/core/1-discover/attach-deploy-files.ts
var compare3 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var POD_SPEC = new Map(WORKLOAD_KINDS.map((w) => [w.kind, w.podSpec]));
var SCALERS = new Set(SCALER_KINDS);
var KIND_LINE = new RegExp(
  `^kind:\\s*["']?(?:${[...POD_SPEC.keys(), ...SCALERS].join("|")})["']?\\s*$`,
  "m"
);
var DESCRIBED_KINDS = /* @__PURE__ */ new Set(["service", "frontend"]);
function helmTemplateAsYaml(text3) {
  const marked = text3.replace(HELM_DIRECTIVE, (directive) => directive.replace(/[^\n]/g, "\uE000"));
  return marked.split("\n").map(
    (line) => /^[\s\uE000]*$/.test(line) ? line.replace(/\uE000/g, " ") : line.replace(/\uE000/g, "_")
  ).join("\n");
}
function isHelmTemplate(path, paths) {
  for (let dir = posix.dirname(path); dir !== "." && dir !== ""; dir = posix.dirname(dir)) {
    if (posix.basename(dir) !== "templates") continue;
    const chart = posix.dirname(dir);
    const prefix = chart === "." ? "" : `${chart}/`;
    if (paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`)) return true;
  }
  return false;
}
function at(path, line, detail) {
  return line === void 0 ? { path, detail } : { path, line, detail };
}
function attachDeployFiles(ctx, units, kept, allFiles, buildOnly2, skip) {
  const owner = /* @__PURE__ */ new Map();
  for (const unit of units)
    for (const file of unit.files) if (isYamlPath(file.path)) owner.set(file.path, unit);
  const byRoot = new Map(units.map((u) => [u.root, u]));
  const byName = /* @__PURE__ */ new Map();
  const addName = (name, unit) => {
    const key = name.toLowerCase();
    const list = byName.get(key) ?? [];
    if (!list.includes(unit)) list.push(unit);
    byName.set(key, list);
  };
  for (const unit of units) {
    if (!DESCRIBED_KINDS.has(unit.kind) || buildOnly2.has(unit.root)) continue;
    if (unit.root !== ".") addName(posix.basename(unit.root), unit);
    addName(unit.name, unit);
  }
  const charts = /* @__PURE__ */ new Set();
  for (const file of kept)
    if (isYamlPath(file.path) && CHART_FILE.test(file.path)) charts.add(file.path);
  const ownDescription = /* @__PURE__ */ new Map();
  const describesItself = (unit, target) => {
    if (!DESCRIBED_KINDS.has(unit.kind)) return false;
    let targets = ownDescription.get(unit);
    if (targets === void 0) ownDescription.set(unit, targets = ownTargets(ctx, unit, charts));
    return targets.has(target);
  };
  const attached = /* @__PURE__ */ new Map();
  const attach = (unit, entry) => {
    if (entry.format !== "dockerfile" && describesItself(unit, targetOf(entry.format))) return;
    const list = attached.get(unit) ?? [];
    const same = list.find((a) => a.file.path === entry.file.path && a.format === entry.format);
    if (same && same.lines && entry.lines) same.lines.push(...entry.lines);
    else if (!same) list.push(entry);
    attached.set(unit, list);
  };
  const unitAt = (dir) => {
    for (let d = dir; ; d = posix.dirname(d)) {
      const unit = byRoot.get(d);
      if (unit) return unit;
      if (d === "." || d === "/" || d === "") return void 0;
    }
  };
  const consumers = /* @__PURE__ */ new Map();
  const consume = (root, dir, unit, evidence) => {
    const entry = consumers.get(root) ?? {
      targets: /* @__PURE__ */ new Map(),
      evidence: []
    };
    entry.targets.set(dir, unit);
    entry.evidence.push(evidence);
    consumers.set(root, entry);
  };
  let existingDirs;
  const existing = () => existingDirs ??= directoriesOf(allFiles);
  for (const file of kept) {
    if (!isYamlPath(file.path) || file.size > MAX_ATTACH_YAML_BYTES) continue;
    const base = posix.basename(file.path);
    const own2 = owner.get(file.path);
    if (own2 && DESCRIBED_KINDS.has(own2.kind) && !buildOnly2.has(own2.root)) continue;
    if (skip(file.path)) continue;
    const compose = COMPOSE_FILE.test(base);
    const template = !compose && isHelmTemplate(file.path, charts);
    const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES);
    if (!read.ok) continue;
    const text3 = template ? helmTemplateAsYaml(read.text) : read.text;
    if (!compose && !KIND_LINE.test(text3)) continue;
    const lineCounter = new LineCounter();
    let docs;
    try {
      docs = parseAllDocuments(text3, { lineCounter });
      if (!Array.isArray(docs)) continue;
    } catch {
      continue;
    }
    const lineOf = (offset) => offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
    for (const doc of docs) {
      if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
      if (compose) {
        composeServices(doc, lineOf, (service) => {
          const context = buildContext(file.path, service.build);
          if (context === void 0) return;
          const built = unitAt(context);
          if (!built) return;
          if (buildOnly2.has(built.root)) {
            const served = servedDirectory(
              file.path,
              service.workingDir,
              service.volumes,
              unitAt,
              existing
            );
            if (!served || served.unit === built) return;
            const evidence = at(file.path, service.line, `${service.name}: runs ${served.dir}`);
            consume(built.root, served.dir, served.unit, evidence);
          } else if (DESCRIBED_KINDS.has(built.kind) && owner.get(file.path) !== built) {
            attach(built, {
              file,
              format: "compose",
              lines: [service.lines],
              because: at(
                file.path,
                service.line,
                `Compose service ${service.name} builds ${built.root}`
              )
            });
          }
        });
        continue;
      }
      let value;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch {
        continue;
      }
      const names = workloadNames(value);
      if (!names) continue;
      const matched = /* @__PURE__ */ new Set();
      for (const name of names.names) for (const unit2 of byName.get(name) ?? []) matched.add(unit2);
      const [unit] = matched;
      if (matched.size !== 1 || !unit) continue;
      const range = doc.contents.range;
      const from = lineOf(range?.[0]) ?? 1;
      const to = lineOf(lastOffset(range)) ?? from;
      attach(unit, {
        file,
        format: template ? "helm-template" : "kubernetes",
        lines: [[from, to]],
        because: at(file.path, from, `${names.kind} ${names.names[0] ?? ""} names ${unit.root}`)
      });
    }
  }
  let keptPaths;
  const scanned = () => keptPaths ??= { paths: new Set(kept.map((f) => f.path)), directories: directoriesOf(kept) };
  for (const root of [...buildOnly2].sort(compare3)) {
    const build2 = byRoot.get(root);
    if (!build2) continue;
    for (const file of build2.files) {
      if (!DOCKERFILE.test(file.path)) continue;
      const { paths, directories } = scanned();
      for (const copy of copiedUnits(ctx, file, paths, directories, unitAt)) {
        if (copy.unit === build2 || buildOnly2.has(copy.unit.root)) continue;
        consume(root, copy.unit.root, copy.unit, copy.evidence);
      }
    }
  }
  const removed = /* @__PURE__ */ new Set();
  const rewritten = /* @__PURE__ */ new Map();
  for (const [root, { targets, evidence }] of consumers) {
    const build2 = byRoot.get(root);
    if (!build2) continue;
    const dirs = [...targets.keys()].sort(compare3);
    const only = dirs.length === 1 ? targets.get(dirs[0] ?? "") : void 0;
    if (only) {
      removed.add(root);
      for (const file of build2.files) {
        if (!DOCKERFILE.test(file.path)) continue;
        attach(only, {
          file,
          format: "dockerfile",
          because: evidence[0] ?? at(root, void 0, "")
        });
      }
    } else {
      const names = dirs.map((d) => targets.get(d) ? d : `${d} (not scanned)`).join(", ");
      const what = dirs.length > 1 ? `shared by ${names}` : `for ${names}`;
      rewritten.set(root, [
        at(
          evidence[0]?.path ?? root,
          evidence[0]?.line,
          `build or development image ${what}; not a service of its own`
        )
      ]);
    }
  }
  const out = [];
  for (const unit of units) {
    if (removed.has(unit.root)) continue;
    const files = attached.get(unit);
    const kindEvidence = rewritten.get(unit.root);
    out.push({
      ...unit,
      ...kindEvidence ? { kind: "infra", kindEvidence } : {},
      ...files && files.length > 0 ? {
        attached: files.map((a) => a.lines ? { ...a, lines: mergeRanges(a.lines) } : a).sort((a, b) => compare3(a.file.path, b.file.path) || compare3(a.format, b.format))
      } : {}
    });
  }
  return out;
}
var YAML_FILE = /\.ya?ml$/i;
function isYamlPath(path) {
  return (path.charCodeAt(path.length - 1) | 32) === 108 && YAML_FILE.test(path);
}
var CHART_FILE = /(?:^|\/)Chart\.ya?ml$/;
function directoriesOf(files) {
  const out = /* @__PURE__ */ new Set();
  let last = "";
  for (const { path } of files) {
    const slash = path.lastIndexOf("/");
    if (slash === -1 || slash === last.length && path.startsWith(last)) continue;
    last = path.slice(0, slash);
    for (let dir = last; dir !== "." && !out.has(dir); dir = posix.dirname(dir)) out.add(dir);
  }
  return out;
}
function targetOf(format) {
  return format === "compose" ? "compose" : "kubernetes";
}
function ownTargets(ctx, unit, paths) {
  const targets = /* @__PURE__ */ new Set();
  for (const file of unit.files) {
    if (targets.size === 2) break;
    if (!isYamlPath(file.path)) continue;
    const base = posix.basename(file.path);
    if (COMPOSE_FILE.test(base)) targets.add("compose");
    else if (/^Chart\.ya?ml$/.test(base)) targets.add("kubernetes");
    else if (targets.has("kubernetes") || file.size > MAX_ATTACH_YAML_BYTES) continue;
    else if (isHelmTemplate(file.path, paths)) targets.add("kubernetes");
    else {
      const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES);
      if (read.ok && KIND_LINE.test(read.text)) targets.add("kubernetes");
    }
  }
  return targets;
}
function lastOffset(range) {
  if (!range || range.length < 3) return void 0;
  return Math.max(range[0] ?? 0, (range[2] ?? 0) - 1);
}
var DOCKERFILE = /(^|\/)(Dockerfile([.][^/]*)?|[^/]*\.Dockerfile|Containerfile)$/;
function copiedUnits(ctx, file, paths, directories, unitAt) {
  const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES);
  if (!read.ok) return [];
  const out = [];
  const lines = read.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const m = /^(?:COPY|ADD)\s+(.+)$/i.exec(line);
    if (!m?.[1] || /--from[=\s]/i.test(m[1])) continue;
    let args;
    if (m[1].startsWith("[")) {
      try {
        const parsed = JSON.parse(m[1]);
        args = Array.isArray(parsed) ? parsed.filter((a) => typeof a === "string") : [];
      } catch {
        continue;
      }
    } else args = m[1].split(/\s+/).filter((a) => !a.startsWith("--"));
    for (const source of args.slice(0, -1)) {
      if (/[$*?[]/.test(source) || /^[a-z]+:\/\//i.test(source)) continue;
      const path = posix.normalize(source.replace(/^\/+/, "")).replace(/\/+$/, "");
      if (path === "." || path === "" || path.startsWith("..")) continue;
      if (!paths.has(path) && !directories.has(path)) continue;
      const unit = unitAt(path);
      if (!unit || unit.root === ".") continue;
      out.push({
        unit,
        evidence: at(file.path, i + 1, `${line.slice(0, 120)}: copies ${unit.root}`)
      });
    }
  }
  return out;
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function get(value, path) {
  let node = value;
  for (const key of path) {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return void 0;
    node = node[key];
  }
  return node;
}
function text2(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function imageRepository(image) {
  const noDigest = image.split("@")[0] ?? image;
  const last = noDigest.slice(noDigest.lastIndexOf("/") + 1);
  const name = (last.split(":")[0] ?? "").trim();
  return name === "" ? void 0 : name;
}
function workloadNames(value) {
  const kind = text2(get(value, ["kind"]));
  if (kind === void 0 || text2(get(value, ["apiVersion"])) === void 0) return void 0;
  const names = [];
  const push = (name) => {
    if (name !== void 0 && !names.includes(name.toLowerCase())) names.push(name.toLowerCase());
  };
  if (SCALERS.has(kind)) {
    push(text2(get(value, ["spec", "scaleTargetRef", "name"])));
    return names.length > 0 ? { kind, names } : void 0;
  }
  const podSpec = POD_SPEC.get(kind);
  if (!podSpec) return void 0;
  push(text2(get(value, ["metadata", "name"])));
  const containers = get(value, [...podSpec, "containers"]);
  if (Array.isArray(containers)) {
    for (const container of containers) {
      push(text2(get(container, ["name"])));
      const image = text2(get(container, ["image"]));
      push(image === void 0 ? void 0 : imageRepository(image));
    }
  }
  return names.length > 0 ? { kind, names } : void 0;
}
function composeServices(doc, lineOf, each) {
  const services = doc.get("services", true);
  if (!isMap(services)) return;
  for (const pair of services.items) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const node = pair.value;
    const line = lineOf(pair.key.range?.[0]);
    const to = lineOf(lastOffset(node.range)) ?? line ?? 1;
    let service;
    try {
      service = node.toJSON();
    } catch {
      continue;
    }
    each({
      name: String(pair.key.value),
      line,
      lines: [line ?? 1, to],
      build: service.build,
      workingDir: text2(service.working_dir),
      volumes: service.volumes
    });
  }
}
function buildContext(composePath, build2) {
  const raw = typeof build2 === "string" ? build2 : text2(get(build2, ["context"])) ?? (build2 ? "." : void 0);
  if (raw === void 0 || /^[a-z]+:\/\//i.test(raw) || raw.startsWith("git@")) return void 0;
  if (raw.startsWith("/")) return void 0;
  const dir = posix.normalize(posix.join(posix.dirname(composePath), raw));
  return dir.startsWith("..") ? void 0 : dir;
}
function bindMounts(composePath, volumes) {
  if (!Array.isArray(volumes)) return [];
  const out = [];
  for (const volume of volumes) {
    let source;
    let target;
    if (typeof volume === "string") {
      const [s, t] = volume.split(":");
      source = s;
      target = t;
    } else {
      source = text2(get(volume, ["source"]));
      target = text2(get(volume, ["target"]));
    }
    if (source === void 0 || target === void 0 || !source.startsWith(".")) continue;
    const host = posix.normalize(posix.join(posix.dirname(composePath), source));
    if (host.startsWith("..")) continue;
    out.push({ host, target: posix.normalize(target) });
  }
  return out;
}
function servedDirectory(composePath, workingDir, volumes, unitAt, existing) {
  const resolve7 = (dir) => {
    const unit = unitAt(dir);
    if (unit && unit.root !== ".") return { dir: unit.root, unit };
    return existing().has(dir) ? { dir, unit: void 0 } : void 0;
  };
  const mounts = bindMounts(composePath, volumes);
  if (workingDir !== void 0) {
    const wd = posix.normalize(workingDir);
    for (const { host, target } of mounts) {
      if (wd !== target && !wd.startsWith(`${target}/`)) continue;
      const served2 = resolve7(posix.normalize(posix.join(host, wd.slice(target.length))));
      if (served2) return served2;
    }
  }
  const served = mounts.map((m) => resolve7(m.host)).filter((s) => s !== void 0);
  const dirs = new Set(served.map((s) => s.dir));
  return dirs.size === 1 ? served[0] : void 0;
}

// src/core/1-discover/base-name-glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var RICH_SYNTAX = /[[\]{}()!+@\\]/;
function globLiterals(glob) {
  if (RICH_SYNTAX.test(glob)) return void 0;
  const pieces = glob.split(/[*?]+/);
  if (pieces.length === 1) return { prefix: glob, suffix: glob, inner: [], exact: true };
  return {
    prefix: pieces[0] ?? "",
    suffix: pieces[pieces.length - 1] ?? "",
    inner: pieces.slice(1, -1).filter((p) => p !== ""),
    exact: false
  };
}
function holdsAll(text3, pieces, from) {
  for (const piece of pieces) if (!text3.includes(piece, from)) return false;
  return true;
}
function compiledAt(glob) {
  const compiled = (0, import_picomatch.default)(glob, { dot: true });
  return (text3, from) => compiled(from === 0 ? text3 : text3.slice(from));
}
function baseNameGlobAt(glob) {
  const test = compiledAt(glob);
  const literals = globLiterals(glob);
  if (!literals) return test;
  const { prefix, suffix, inner, exact } = literals;
  if (exact)
    return (text3, from) => text3.length - from === glob.length && text3.startsWith(glob, from);
  return (text3, from) => text3.startsWith(prefix, from) && text3.endsWith(suffix) && holdsAll(text3, inner, from) && test(text3, from);
}
function globCandidates(globs) {
  const always = [];
  const byLast = /* @__PURE__ */ new Map();
  globs.forEach((glob, index) => {
    const suffix = globLiterals(glob)?.suffix ?? "";
    if (suffix === "") always.push(index);
    else {
      const last = suffix.charCodeAt(suffix.length - 1);
      byLast.set(last, [...byLast.get(last) ?? [], index]);
    }
  });
  const table = /* @__PURE__ */ new Map();
  for (const [last, list] of byLast)
    table.set(
      last,
      [...list, ...always].sort((a, b) => a - b)
    );
  return (text3, from = 0) => text3.length <= from ? always : table.get(text3.charCodeAt(text3.length - 1)) ?? always;
}
function pathGlobAt(glob) {
  const test = compiledAt(glob);
  if (RICH_SYNTAX.test(glob)) return test;
  const lastSegment3 = glob.slice(glob.lastIndexOf("/") + 1);
  const wildcard = Math.max(lastSegment3.lastIndexOf("*"), lastSegment3.lastIndexOf("?"));
  const suffix = lastSegment3.slice(wildcard + 1);
  const pieces = glob.split(/[*?]+/).map((piece) => piece.replace(/^\/+|\/+$/g, "")).filter((piece) => piece !== "");
  return (text3, from) => text3.endsWith(suffix) && holdsAll(text3, pieces, from) && test(text3, from);
}

// src/core/1-discover/exclusions.ts
var DIRECTORY_RULES = [
  { name: ".circleci", reason: "tooling", why: "CI configuration and its scripts, not a service" },
  { name: ".devcontainer", reason: "tooling", why: "development container set-up, not a service" },
  {
    name: ".github",
    reason: "tooling",
    why: "CI workflows, actions and their test suites, not a service"
  },
  { name: ".gitlab", reason: "tooling", why: "CI configuration and its scripts, not a service" },
  {
    name: ".yarn",
    reason: "vendored",
    why: "Yarn's own releases, plugins, SDKs and package cache committed to the tree"
  },
  { name: "bower_components", reason: "vendored", why: "Bower packages installed into the tree" },
  { name: "node_modules", reason: "node_modules", why: "npm packages installed into the tree" },
  { name: "testdata", reason: "testdata", why: "Go convention for test fixtures; never built" },
  { name: "third-party", reason: "vendored", why: "copied third-party code" },
  { name: "third_party", reason: "vendored", why: "copied third-party code" },
  { name: "vendor", reason: "vendored", why: "Go, PHP and Ruby vendored dependencies" }
];
var FILE_RULES = [
  { glob: ".pnp.*", reason: "generated", why: "Yarn Plug'n'Play loader written by yarn install" },
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
  test: baseNameGlobAt(rule.glob)
}));
var FILE_CANDIDATES = globCandidates(FILE_RULES.map((rule) => rule.glob));
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function unquote2(pattern) {
  if (!pattern.startsWith('"') || !pattern.endsWith('"') || pattern.length < 2) return pattern;
  return pattern.slice(1, -1).replace(/\\(.)/g, "$1");
}
function parseGitattributes(path, text3) {
  const dir = dirOf(path);
  const rules = [];
  const diagnostics = [];
  const lines = text3.split("\n");
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
    const test = anchored ? pathGlobAt(pattern) : baseNameGlobAt(pattern);
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
  const rulesByDir = /* @__PURE__ */ new Map();
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
    if (parsed.rules.length > 0) rulesByDir.set(dirOf(file.path), parsed.rules);
    diagnostics.push(...parsed.diagnostics);
  }
  const kept = [];
  const excluded = /* @__PURE__ */ new Map();
  const notGenerated = /* @__PURE__ */ new Set();
  const filesPerDirectory = /* @__PURE__ */ new Map();
  const keptRuns = [];
  let dir;
  let run2 = 0;
  let dirMark;
  let dirRules = [];
  for (const file of view.files) {
    const path = file.path;
    const slash = path.lastIndexOf("/");
    if (dir === void 0 || slash !== dir.length || slash !== -1 && !path.startsWith(dir)) {
      if (dir) filesPerDirectory.set(dir, (filesPerDirectory.get(dir) ?? 0) + run2);
      run2 = 0;
      dir = slash === -1 ? "" : path.slice(0, slash);
      dirMark = directoryMark(path, slash);
      dirRules = rulesByDir.size === 0 ? [] : ancestorRules(rulesByDir, dir);
    }
    run2++;
    const attrs = evaluateAttributes(dirRules, path, slash + 1);
    if (attrs["linguist-generated"]?.value === false) notGenerated.add(path);
    const mark = decide(attrs, dirMark ?? fileMark(path, slash + 1));
    if (mark) {
      excluded.set(file.path, mark);
      continue;
    }
    kept.push(file);
    const lastRun = keptRuns[keptRuns.length - 1];
    if (lastRun !== void 0 && lastRun.dir === dir) lastRun.end = kept.length;
    else keptRuns.push({ dir, end: kept.length });
  }
  if (dir) filesPerDirectory.set(dir, (filesPerDirectory.get(dir) ?? 0) + run2);
  return { kept, excluded, notGenerated, filesPerDirectory, keptRuns, diagnostics };
}
function depth(path) {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++;
  return n;
}
function ancestorRules(rulesByDir, dir) {
  const root = rulesByDir.get("");
  const out = root ? [{ cut: 0, rules: root }] : [];
  if (dir === "") return out;
  for (let slash = dir.indexOf("/"); ; slash = dir.indexOf("/", slash + 1)) {
    const end = slash === -1 ? dir.length : slash;
    const rules = rulesByDir.get(dir.slice(0, end));
    if (rules) out.push({ cut: end + 1, rules });
    if (slash === -1) return out;
  }
}
var NOTHING = Object.freeze({});
function evaluateAttributes(groups, path, baseStart) {
  let out;
  for (const { cut: cut2, rules } of groups) {
    for (const rule of rules) {
      if (!rule.match(path, rule.basenameOnly ? baseStart : cut2)) continue;
      out ??= {};
      for (const [name, value] of Object.entries(rule.values)) {
        out[name] = { value, source: rule.source };
      }
    }
  }
  return out ?? NOTHING;
}
function decide(attrs, builtIn) {
  if (attrs === NOTHING) return builtIn;
  for (const { attribute, reason } of LINGUIST_ATTRIBUTES) {
    const set = attrs[attribute];
    if (set?.value) return { reason, source: set.source };
  }
  if (!builtIn) return void 0;
  if (builtIn.reason === "vendored" && attrs["linguist-vendored"]?.value === false) return void 0;
  if (builtIn.reason === "generated" && attrs["linguist-generated"]?.value === false)
    return void 0;
  return builtIn;
}
function directoryMark(path, end) {
  let start = 0;
  for (let slash = path.indexOf("/"); slash !== -1 && slash <= end; slash = path.indexOf("/", start)) {
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
  return void 0;
}
function fileMark(path, baseStart) {
  for (const candidate of FILE_CANDIDATES(path, baseStart)) {
    const { rule, test } = FILE_MATCHERS[candidate];
    if (test(path, baseStart)) return { reason: rule.reason, source: `built-in: ${rule.glob}` };
  }
  return void 0;
}
function collapseExclusions(files, excluded, perDirectory) {
  if (excluded.size === 0) return [];
  const keyOf = (mark) => `${mark.reason}\0${mark.source}`;
  const totals = rollUp(perDirectory ?? filesPerDirectoryOf(files));
  const markedByKey = /* @__PURE__ */ new Map();
  for (const [path, mark] of excluded) {
    const slash = path.lastIndexOf("/");
    if (slash === -1) continue;
    const key = keyOf(mark);
    const where2 = path.slice(0, slash);
    let perDir = markedByKey.get(key);
    if (perDir === void 0) markedByKey.set(key, perDir = /* @__PURE__ */ new Map());
    perDir.set(where2, (perDir.get(where2) ?? 0) + 1);
  }
  const counts = new Map([...markedByKey].map(([key, perDir]) => [key, rollUp(perDir)]));
  const out = /* @__PURE__ */ new Map();
  let lastDir;
  let lastKey;
  let lastFloor;
  let lastWhole;
  for (const [filePath, mark] of excluded) {
    const key = keyOf(mark);
    const slash = filePath.lastIndexOf("/");
    const sameDir = lastDir !== void 0 && slash === lastDir.length && (slash === -1 || filePath.startsWith(lastDir));
    if (!sameDir || key !== lastKey || mark.directory !== lastFloor) {
      lastDir = slash === -1 ? "" : filePath.slice(0, slash);
      lastKey = key;
      lastFloor = mark.directory;
      const marked = counts.get(key);
      const top = topMost(filePath, mark, (d) => marked?.get(d) === totals.get(d));
      lastWhole = top === filePath ? void 0 : top;
    }
    const path = lastWhole ?? filePath;
    if (!out.has(path)) out.set(path, { path, reason: mark.reason, source: mark.source });
  }
  return [...out.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function filesPerDirectoryOf(files) {
  const direct = /* @__PURE__ */ new Map();
  let dir;
  let run2 = 0;
  for (const file of files) {
    const path = file.path;
    const slash = path.lastIndexOf("/");
    if (slash === -1) continue;
    if (dir === void 0 || slash !== dir.length || !path.startsWith(dir)) {
      if (dir !== void 0) direct.set(dir, (direct.get(dir) ?? 0) + run2);
      dir = path.slice(0, slash);
      run2 = 0;
    }
    run2++;
  }
  if (dir !== void 0) direct.set(dir, (direct.get(dir) ?? 0) + run2);
  return direct;
}
function rollUp(direct) {
  const totals = new Map(direct);
  const byDepth = [];
  for (const dir of direct.keys()) (byDepth[depth(dir)] ??= []).push(dir);
  for (let level = byDepth.length - 1; level > 0; level--) {
    for (const dir of byDepth[level] ?? []) {
      const parent = dirOf(dir);
      const before = totals.get(parent);
      if (before === void 0) (byDepth[level - 1] ??= []).push(parent);
      totals.set(parent, (before ?? 0) + (totals.get(dir) ?? 0));
    }
  }
  return totals;
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
    // Not aiohttp: it is the most used asyncio HTTP *client* too (API client packages and test
    // suites depend on it), so depending on it proves nothing; an aiohttp server shows itself by
    // `web.run_app(...)` (the py.server-run hint), its application server or a Dockerfile CMD.
    names: [
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
var NON_ENTRY_DIRECTORIES = [
  "bench",
  "benchmark",
  "benchmarks",
  "e2e",
  "fixtures",
  "hack",
  "script",
  "scripts",
  "test",
  "tests"
];
var NON_SERVICE_DOCKERFILE_VARIANTS = [
  "ci",
  "conformance",
  "docs",
  "e2e",
  "integration",
  "lint",
  "test",
  "tests"
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
var THIRD_PARTY_IMAGES = [
  { image: "cassandra", role: "datastore" },
  { image: "clickhouse-server", role: "datastore" },
  { image: "couchdb", role: "datastore" },
  { image: "elasticsearch", role: "datastore" },
  { image: "mariadb", role: "datastore" },
  { image: "memcached", role: "datastore" },
  { image: "minio", role: "datastore" },
  { image: "mongo", role: "datastore" },
  { image: "mysql", role: "datastore" },
  { image: "neo4j", role: "datastore" },
  { image: "opensearch", role: "datastore" },
  { image: "postgres", role: "datastore" },
  { image: "redis", role: "datastore" },
  { image: "envoy", role: "tool" },
  { image: "fluent-bit", role: "tool" },
  { image: "fluentd", role: "tool" },
  { image: "grafana", role: "tool" },
  { image: "haproxy", role: "tool" },
  { image: "kafka", role: "tool" },
  { image: "prometheus", role: "tool" },
  { image: "rabbitmq", role: "tool" },
  { image: "traefik", role: "tool" },
  { image: "zookeeper", role: "tool" },
  { image: "caddy", role: "web-server" },
  { image: "httpd", role: "web-server" },
  { image: "nginx", role: "web-server" },
  { image: "nginx-unprivileged", role: "web-server" }
];
var WEB_ASSET_EXTENSIONS = [".html", ".js", ".css"];

// src/core/1-discover/service-markers.ts
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
  test: baseNameGlobAt(marker.file)
}));
var CANDIDATES = globCandidates(SERVICE_MARKERS.map((m) => m.file));
function matchMarker(path) {
  const slash = path.lastIndexOf("/");
  for (const candidate of CANDIDATES(path, slash + 1)) {
    const { marker, index, test } = MATCHERS[candidate];
    if (!test(path, slash + 1)) continue;
    const dir = slash === -1 ? "." : path.slice(0, slash);
    if (marker.inFolder !== void 0) {
      const folder = dir.slice(dir.lastIndexOf("/") + 1);
      if (folder !== marker.inFolder || dir === ".") continue;
      const parentSlash = dir.lastIndexOf("/");
      return { marker, priority: index, root: parentSlash === -1 ? "." : dir.slice(0, parentSlash) };
    }
    return { marker, priority: index, root: dir };
  }
  return void 0;
}
function isWorkspaceFile(path) {
  return WORKSPACE_FILES.some(
    (name) => path.endsWith(name) && (path.length === name.length || path.charCodeAt(path.length - name.length - 1) === 47)
  );
}

// src/core/1-discover/discover-services.ts
var BUILD_ONLY_DETAIL = "builds a container image with no code of its own: a build or development image for code that lives elsewhere, or a third-party tool";
var MAX_KIND_EVIDENCE = 5;
var MAX_JVM_MAIN_BYTES = 64 * 1024;
var compare4 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function dirOf2(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash);
}
function forEachRun(files, runs, enter, each) {
  let start = 0;
  for (const run2 of runs) {
    enter(run2);
    for (let i = start; i < run2.end; i++) each(files[i]);
    start = run2.end;
  }
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
var TEST_MATCH = (0, import_picomatch2.default)(TEST_PATHS, { dot: true });
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
var NON_ENTRY_DIRS = /* @__PURE__ */ new Set([
  ...NON_ENTRY_DIRECTORIES,
  ...SAMPLE_DIRECTORIES,
  ...DOCS_DIRECTORIES
]);
var NON_SERVICE_VARIANTS = new Set(NON_SERVICE_DOCKERFILE_VARIANTS);
function foreignEntry(root, path) {
  if (TEST_MATCH(path)) return true;
  const parts = relativeTo(root, path).split("/");
  const base = parts.pop() ?? "";
  if (parts.some((d) => NON_ENTRY_DIRS.has(d))) return true;
  const variant = /^Dockerfile\.(.+)$/i.exec(base)?.[1] ?? /^(.+)\.Dockerfile$/i.exec(base)?.[1];
  return variant !== void 0 && NON_SERVICE_VARIANTS.has(variant.toLowerCase());
}
function isCode(path) {
  const language = programmingLanguageOf(path);
  return language !== void 0 && !isBuildLanguage(language);
}
function isApplicationCode(path) {
  const language = programmingLanguageOf(path);
  return language !== void 0 && !isBuildLanguage(language) && !isGlueLanguage(language);
}
function moveFiles(from, into) {
  into.files.push(...from.files);
  into.files.sort((a, b) => compare4(a.path, b.path));
  into.code.push(...from.code);
  into.hinted.push(...from.hinted);
  into.notebooks += from.notebooks;
  into.manifests.push(...from.manifests);
  into.markers.push(...from.markers);
}
function ownsApplicationCode(c) {
  return c.notebooks > 0 || c.code.some((f) => isApplicationCode(f.path));
}
function discoverServices(ctx, options) {
  const view = ctx.view;
  const excludedFiles = applyExclusions(view);
  for (const d of excludedFiles.diagnostics) ctx.diagnose(d);
  const { kept, keptRuns, notGenerated } = excludedFiles;
  const excluded = excludedFiles.excluded;
  const candidates = /* @__PURE__ */ new Map();
  const candidate = (root) => {
    let c = candidates.get(root);
    if (!c) {
      c = {
        root,
        markers: [],
        memberOf: [],
        files: [],
        code: [],
        hinted: [],
        notebooks: 0,
        manifests: []
      };
      candidates.set(root, c);
    }
    return c;
  };
  const manifests = /* @__PURE__ */ new Map();
  const manifestFiles = [];
  const workspaceDeclarations = [];
  const directories = /* @__PURE__ */ new Set(["."]);
  forEachRun(
    kept,
    keptRuns,
    (run2) => {
      for (let dir = run2.dir; dir !== "" && !directories.has(dir); dir = dirOf2(dir))
        directories.add(dir);
    },
    (file) => {
      const match = matchMarker(file.path);
      if (match) {
        candidate(match.root).markers.push({ file, match });
        const manifest = ctx.manifest(file);
        if (manifest) {
          manifests.set(file.path, manifest);
          manifestFiles.push(file);
          if (manifest.workspaceMembers.length > 0)
            workspaceDeclarations.push({ file, root: match.root });
        }
      } else if (isWorkspaceFile(file.path)) {
        const manifest = ctx.manifest(file);
        if (manifest) {
          manifests.set(file.path, manifest);
          manifestFiles.push(file);
          workspaceDeclarations.push({ file, root: dirOf2(file.path) });
        }
      }
    }
  );
  addWorkspaceMembers(workspaceDeclarations, manifests, directories, candidate);
  const listed = new Set(options.services ?? []);
  for (const root of [...listed].sort(compare4)) {
    if (directories.has(root)) candidate(root);
    else
      ctx.diagnose({
        severity: "warning",
        code: "config",
        message: `discovery.services lists ${root}, but the scan has no file in it; check the path.`,
        path: root
      });
  }
  let owner;
  let nextManifest = 0;
  forEachRun(
    kept,
    keptRuns,
    (run2) => {
      owner = void 0;
      for (let dir = run2.dir || "."; dir !== void 0; dir = parentOf(dir)) {
        owner = candidates.get(dir);
        if (owner) break;
      }
    },
    (file) => {
      owner?.files.push(file);
      if (file === manifestFiles[nextManifest]) {
        nextManifest++;
        owner?.manifests.push(manifests.get(file.path));
      }
    }
  );
  for (const c of candidates.values()) {
    let files;
    for (let i = 0; i < c.files.length; i++) {
      const file = c.files[i];
      if (!isCode(file.path)) {
        if (isNotebookPath(file.path)) c.notebooks++;
        files?.push(file);
        continue;
      }
      const facts = ctx.source(file);
      if (facts?.generated && !notGenerated.has(file.path)) {
        excluded.set(file.path, { reason: "generated", source: "header" });
        const manifest = manifests.get(file.path);
        if (manifest) c.manifests = c.manifests.filter((m) => m !== manifest);
        files ??= c.files.slice(0, i);
        continue;
      }
      files?.push(file);
      c.code.push(file);
      if (facts?.hints.some((hint) => ENTRY_HINT.has(hint.id))) c.hinted.push({ file, facts });
    }
    if (files) c.files = files;
  }
  mergeContainerOnly(candidates, listed);
  const include = options.include?.length ? (0, import_picomatch2.default)(options.include, { dot: true }) : void 0;
  const excludeGlobs = (options.exclude ?? []).map((glob) => ({
    glob,
    test: (0, import_picomatch2.default)(glob, { dot: true })
  }));
  const configExclusions = [];
  let configExcludedFiles = 0;
  const configExcludedPaths = /* @__PURE__ */ new Set();
  const units = [];
  const buildOnly2 = /* @__PURE__ */ new Set();
  for (const root of [...candidates.keys()].sort(compare4)) {
    const c = candidates.get(root);
    const unitManifests = c.manifests.sort((a, b) => compare4(a.path, b.path));
    const isListed = listed.has(root);
    const described = describeKind(ctx, c, unitManifests);
    const shape = isListed && described?.kind !== "service" ? { kind: "service", evidence: [{ path: root, detail: "listed in discovery.services" }] } : described;
    if (shape === void 0) continue;
    const excludedBy = excludeGlobs.find((g) => g.test(root));
    const notIncluded = include !== void 0 && !include(root);
    const notListed = options.onlyListed === true && !isListed;
    if (excludedBy || notIncluded || notListed) {
      configExclusions.push({
        path: root,
        reason: "config",
        source: excludedBy ? `exclude: ${excludedBy.glob}` : notIncluded ? `include: ${(options.include ?? []).join(", ")}` : "discovery.services (only-listed)"
      });
      configExcludedFiles += c.files.length;
      for (const file of c.files) configExcludedPaths.add(file.path);
      continue;
    }
    if (c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === "container") && !ownsApplicationCode(c))
      buildOnly2.add(root);
    const markerPaths = c.markers.map((m) => m.file.path);
    const markers = markerPaths.length > 0 ? markerPaths : [...c.memberOf];
    units.push({
      root,
      name: unitName(root, c, manifests),
      kind: shape.kind,
      kindEvidence: shape.evidence,
      markers: [...new Set(markers)].sort(compare4),
      manifests: unitManifests,
      files: c.files
    });
  }
  const attachedUnits = attachDeployFiles(
    ctx,
    units,
    kept,
    view.files,
    buildOnly2,
    (path) => foreignEntry(".", path)
  );
  const exclusions = [
    ...collapseExclusions(view.files, excluded, excludedFiles.filesPerDirectory),
    ...view.pruned,
    ...configExclusions
  ];
  exclusions.sort((a, b) => compare4(a.path, b.path) || compare4(a.reason, b.reason));
  return {
    units: attachedUnits,
    exclusions,
    fileCount: view.files.length - excluded.size - configExcludedFiles,
    isCounted: (path) => !excluded.has(path) && !configExcludedPaths.has(path)
  };
}
function addWorkspaceMembers(declarations, manifests, directories, candidate) {
  const sortedDirs = [...directories].sort(compare4);
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
    const literal = positive.filter((p) => !import_picomatch2.default.scan(p).isGlob);
    const globs = positive.filter((p) => import_picomatch2.default.scan(p).isGlob);
    const matchGlob = globs.length > 0 ? (0, import_picomatch2.default)(globs, { dot: true }) : void 0;
    const skip = negative.length > 0 ? (0, import_picomatch2.default)(negative, { dot: true }) : void 0;
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
function mergeContainerOnly(candidates, listed) {
  const byDepth = [...candidates.values()].sort(
    (a, b) => segments(b.root).length - segments(a.root).length || compare4(a.root, b.root)
  );
  for (const c of byDepth) {
    const containerOnly = c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === "container");
    if (!containerOnly || c.memberOf.length > 0 || listed.has(c.root)) continue;
    if (ownsApplicationCode(c)) continue;
    let merged = false;
    for (let dir = parentOf(c.root); dir !== void 0; dir = parentOf(dir)) {
      const parent = candidates.get(dir);
      if (!parent) continue;
      moveFiles(c, parent);
      candidates.delete(c.root);
      merged = true;
      break;
    }
    if (merged) continue;
    const prefix = c.root === "." ? "" : `${c.root}/`;
    const below = [...candidates.values()].filter((d) => d !== c && d.root.startsWith(prefix));
    const child = below.length === 1 ? below[0] : void 0;
    if (!child || child.memberOf.length > 0 || listed.has(child.root)) continue;
    moveFiles(child, c);
    candidates.delete(child.root);
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
    (a, b) => compare4(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compare4(a.detail, b.detail)
  ).slice(0, MAX_KIND_EVIDENCE);
}
function describeKind(ctx, c, manifests) {
  const { root } = c;
  const dirs = segments(root);
  const code3 = c.code;
  const stacks = new Set(c.markers.map((m) => m.match?.marker.stack).filter((s) => s !== void 0));
  const underDocs = dirs.some((d) => DOCS_DIRS.has(d));
  const ownManifests = c.markers.filter((m) => m.match?.marker.stack !== "container").map((m) => manifests.find((x) => x.path === m.file.path));
  if (ownManifests.length > 0 && ownManifests.every((m) => m?.workspaceOnly === true)) {
    const languages = new Set(c.markers.flatMap((m) => m.match?.marker.languages ?? []));
    if (!code3.some((f) => languages.has(programmingLanguageOf(f.path) ?? ""))) return void 0;
  }
  const generator = docsGenerator(c, manifests, underDocs);
  if (underDocs && !generator) return void 0;
  if (code3.length === 0 && c.notebooks > 0 && !generator) return void 0;
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
  const containerOnly = c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === "container");
  if (containerOnly) {
    const image = thirdPartyImage(manifests);
    if (image?.role === "web-server") {
      if (c.files.some((f) => WEB_ASSET_EXTENSIONS.some((ext) => f.path.endsWith(ext)))) {
        const detail2 = `serves static web assets from the official ${image.name} image`;
        return { kind: "frontend", evidence: [{ ...image.at, detail: detail2 }] };
      }
    } else if (image) {
      const detail2 = `configures the official ${image.name} image (a third-party ${image.role})`;
      return { kind: "infra", evidence: [{ ...image.at, detail: detail2 }] };
    }
  }
  if (containerOnly && code3.length === 0) {
    return {
      kind: "infra",
      evidence: c.markers.filter((m) => m.match?.marker.stack === "container").map((m) => ({ path: m.file.path, detail: BUILD_ONLY_DETAIL })).slice(0, MAX_KIND_EVIDENCE)
    };
  }
  const declared = manifests.find((m) => m.declaredKind !== void 0)?.declaredKind;
  if (declared) return { kind: declared.kind, evidence: [declared.evidence] };
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
  const first = [...c.markers].sort(
    (a, b) => (a.match?.priority ?? 99) - (b.match?.priority ?? 99)
  )[0];
  const stack = first?.match?.marker.stack;
  const detail = stack ? LIBRARY_REASONS[stack] : "workspace member with no entry point, server or worker";
  return { kind: "library", evidence: [{ path: root, detail }] };
}
var IMAGE_ROLES = new Map(THIRD_PARTY_IMAGES.map((i) => [i.image, i.role]));
function thirdPartyImage(manifests) {
  for (const manifest of manifests) {
    if (manifest.type !== "Dockerfile") continue;
    const last = manifest.baseImages?.at(-1);
    if (!last) continue;
    const name = imageName(last.detail);
    const role = name !== void 0 ? IMAGE_ROLES.get(name) : void 0;
    if (name !== void 0 && role !== void 0) {
      return {
        name,
        role,
        at: { path: last.path, ...last.line !== void 0 ? { line: last.line } : {} }
      };
    }
  }
  return void 0;
}
function imageName(text3) {
  const ref = text3.replace(/^FROM\s+/i, "").split(/\s+/).find((t) => t !== "" && !t.startsWith("--"));
  if (ref === void 0 || ref.includes("$")) return void 0;
  const noDigest = ref.split("@")[0] ?? ref;
  const last = noDigest.slice(noDigest.lastIndexOf("/") + 1);
  return (last.split(":")[0] ?? last).toLowerCase();
}
function docsGenerator(c, manifests, underDocs) {
  let shallow;
  const shallowFiles = () => {
    if (shallow) return shallow;
    shallow = [];
    for (const file of c.files) {
      const relative3 = relativeTo(c.root, file.path);
      const slash = relative3.indexOf("/");
      if (slash !== -1 && relative3.indexOf("/", slash + 1) !== -1) continue;
      shallow.push({ path: file.path, base: relative3.slice(relative3.lastIndexOf("/") + 1) });
    }
    return shallow;
  };
  for (const generator of DOCS_GENERATORS) {
    if (generator.onlyUnderDocs && !underDocs) continue;
    if (generator.files.length > 0) {
      for (const { path, base } of shallowFiles()) {
        if (generator.files.includes(base)) {
          return { path, detail: `${generator.name} site (${base})` };
        }
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
      if (foreignEntry(c.root, entry.path)) continue;
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
  for (const file of c.code) {
    const relative3 = relativeTo(c.root, file.path);
    const base = relative3.slice(relative3.lastIndexOf("/") + 1);
    const entryFile = ENTRY_FILE.get(base);
    const rustBinary = relative3 === "src/main.rs" || relative3.startsWith("src/bin/") && relative3.endsWith(".rs");
    const jvmCandidate = /(?:^|\/)(?:[A-Za-z]*Application|Main|App)\.(?:java|kt)$/.test(relative3);
    if (entryFile === void 0 && !rustBinary && !jvmCandidate) continue;
    if (foreignEntry(c.root, file.path)) continue;
    if (entryFile !== void 0) {
      out.push({ evidence: { path: file.path, detail: `${base}: ${entryFile}` }, jsServer: false });
    }
    if (rustBinary) {
      out.push({ evidence: { path: file.path, detail: "Rust binary target" }, jsServer: false });
    }
    if (jvmCandidate) {
      const main2 = jvmMain(ctx, file);
      if (main2) out.push({ evidence: main2, jsServer: false });
    }
  }
  for (const { file, facts } of c.hinted) {
    for (const hint of facts.hints) {
      const what = ENTRY_HINT.get(hint.id);
      if (what === void 0) continue;
      if (hint.id === "go.func-main" && facts.packageName !== "main") continue;
      if (foreignEntry(c.root, file.path)) break;
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
    (a, b) => (a.match?.priority ?? 99) - (b.match?.priority ?? 99) || compare4(a.file.path, b.file.path)
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

// src/core/2-classify/notebook-json.ts
var NotJson = class extends Error {
};
var PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y;
function textSource(text3) {
  return {
    length: text3.length,
    at: (i) => text3.charCodeAt(i),
    plainEnd(i) {
      PLAIN_CHARACTERS.lastIndex = i;
      PLAIN_CHARACTERS.test(text3);
      return PLAIN_CHARACTERS.lastIndex;
    },
    parse: (start, end) => JSON.parse(text3.slice(start, end)),
    slice: (start, end) => text3.slice(start, end)
  };
}
var utf8 = new TextDecoder();
function byteSource(bytes) {
  const n = bytes.length;
  return {
    length: n,
    at: (i) => bytes[i],
    plainEnd(i) {
      while (i < n) {
        const b = bytes[i];
        if (b === QUOTE2 || b === BACKSLASH2 || b < 32) break;
        i++;
      }
      return i;
    },
    parse: (start, end) => JSON.parse(utf8.decode(bytes.subarray(start, end))),
    slice: (start, end) => utf8.decode(bytes.subarray(start, end))
  };
}
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var code2 = (c) => c.charCodeAt(0);
var SIMPLE_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"].map(code2));
var isWhitespace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
var isDigit2 = (c) => c !== void 0 && c >= 48 && c <= 57;
var isHex = (c) => isDigit2(c) || c !== void 0 && (c >= 65 && c <= 70 || c >= 97 && c <= 102);
function leanNotebook(text3) {
  return leanRead(textSource(text3));
}
function leanNotebookBytes(bytes) {
  return leanRead(byteSource(bytes));
}
function leanRead(src) {
  let pos = 0;
  const at2 = (i) => src.at(i);
  const skipWhitespace = () => {
    while (isWhitespace(at2(pos))) pos++;
  };
  const expect = (char) => {
    if (at2(pos) !== char) throw new NotJson();
    pos++;
  };
  const skipString = () => {
    expect(QUOTE2);
    let escaped = false;
    for (; ; ) {
      pos = src.plainEnd(pos);
      const char = at2(pos);
      if (char === QUOTE2) {
        pos++;
        return escaped;
      }
      if (char !== BACKSLASH2) throw new NotJson();
      escaped = true;
      const next = at2(pos + 1);
      if (next === code2("u")) {
        for (let k = 2; k < 6; k++) if (!isHex(at2(pos + k))) throw new NotJson();
        pos += 6;
      } else if (next !== void 0 && SIMPLE_ESCAPES.has(next)) pos += 2;
      else throw new NotJson();
    }
  };
  const skipLiteral = (word) => {
    for (let k = 0; k < word.length; k++)
      if (at2(pos + k) !== word.charCodeAt(k)) throw new NotJson();
    pos += word.length;
  };
  const skipDigits = () => {
    const start = pos;
    while (isDigit2(at2(pos))) pos++;
    return pos - start;
  };
  const skipNumber = () => {
    if (at2(pos) === code2("-")) pos++;
    if (at2(pos) === code2("0")) pos++;
    else if (skipDigits() === 0) throw new NotJson();
    if (at2(pos) === code2(".")) {
      pos++;
      if (skipDigits() === 0) throw new NotJson();
    }
    const e = at2(pos);
    if (e === code2("e") || e === code2("E")) {
      pos++;
      const sign = at2(pos);
      if (sign === code2("+") || sign === code2("-")) pos++;
      if (skipDigits() === 0) throw new NotJson();
    }
  };
  const eachMember = (onMember) => {
    expect(code2("{"));
    skipWhitespace();
    if (at2(pos) === code2("}")) {
      pos++;
      return;
    }
    for (; ; ) {
      const start = pos;
      const escaped = skipString();
      const key = escaped ? src.parse(start, pos) : src.slice(start + 1, pos - 1);
      skipWhitespace();
      expect(code2(":"));
      skipWhitespace();
      onMember(key);
      skipWhitespace();
      if (at2(pos) === code2("}")) {
        pos++;
        return;
      }
      expect(code2(","));
      skipWhitespace();
    }
  };
  const eachElement = (onElement) => {
    expect(code2("["));
    skipWhitespace();
    if (at2(pos) === code2("]")) {
      pos++;
      return;
    }
    for (; ; ) {
      onElement();
      skipWhitespace();
      if (at2(pos) === code2("]")) {
        pos++;
        return;
      }
      expect(code2(","));
      skipWhitespace();
    }
  };
  const skipValue = () => {
    const char = at2(pos);
    if (char === code2("{")) eachMember(skipValue);
    else if (char === code2("[")) eachElement(skipValue);
    else if (char === QUOTE2) skipString();
    else if (char === code2("t")) skipLiteral("true");
    else if (char === code2("f")) skipLiteral("false");
    else if (char === code2("n")) skipLiteral("null");
    else skipNumber();
  };
  const wholeValue = () => {
    const start = pos;
    skipValue();
    return src.parse(start, pos);
  };
  const cell2 = () => {
    if (at2(pos) !== code2("{")) {
      skipValue();
      return null;
    }
    const out = {};
    eachMember((key) => {
      if (key === "cell_type" || key === "source" || key === "input") out[key] = wholeValue();
      else skipValue();
    });
    return out;
  };
  const cells = () => {
    if (at2(pos) !== code2("[")) {
      skipValue();
      return null;
    }
    const out = [];
    eachElement(() => out.push(cell2()));
    return out;
  };
  const worksheet = () => {
    if (at2(pos) !== code2("{")) {
      skipValue();
      return null;
    }
    const out = {};
    eachMember((key) => {
      if (key === "cells") out.cells = cells();
      else skipValue();
    });
    return out;
  };
  try {
    skipWhitespace();
    let doc;
    if (at2(pos) === code2("{")) {
      const out = {};
      eachMember((key) => {
        if (key === "cells") out.cells = cells();
        else if (key === "worksheets") {
          if (at2(pos) !== code2("[")) {
            skipValue();
            out.worksheets = null;
          } else {
            const list = [];
            eachElement(() => list.push(worksheet()));
            out.worksheets = list;
          }
        } else if (key === "metadata") out.metadata = wholeValue();
        else skipValue();
      });
      doc = out;
    } else if (at2(pos) === code2("[")) {
      skipValue();
      doc = [];
    } else {
      skipValue();
      doc = null;
    }
    skipWhitespace();
    if (pos !== src.length) return void 0;
    return { doc };
  } catch {
    return void 0;
  }
}

// src/core/2-classify/classify-language.ts
var TIE_MARGIN = 0.1;
var MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;
var DEFAULT_NOTEBOOK_LANGUAGE = "Python";
var compare5 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function formatBytes(n) {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function utf8Length(text3) {
  let bytes = 0;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < text3.length) {
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
  const raw = ctx.view.readBytes?.(file.path, MAX_NOTEBOOK_BYTES);
  if (raw && !raw.ok) return fail(`was not read (${raw.message})`);
  let doc = raw?.ok ? leanNotebookBytes(raw.bytes)?.doc : void 0;
  if (doc === void 0) {
    const read = ctx.view.read(file.path, MAX_NOTEBOOK_BYTES);
    if (!read.ok) return fail(`was not read (${read.message})`);
    try {
      doc = (leanNotebook(read.text) ?? { doc: JSON.parse(read.text) }).doc;
    } catch (error) {
      return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
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
    if (isNotebookPath(file.path)) {
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
    (a, b) => b[1] - a[1] || compare5(languageId(a[0]), languageId(b[0]))
  );
  const shares = ranked.map(([name, n]) => ({
    id: languageId(name),
    bytes: n,
    share: total === 0 ? 0 : Math.round(n / total * 1e4) / 1e4
  }));
  const eligible = ranked.filter(([name]) => !isBuildLanguage(name));
  const vouched = vouchedLanguages(unit);
  const glueOnTop = eligible[0] !== void 0 && isGlueLanguage(eligible[0][0]);
  const implementation = glueOnTop ? eligible.find(([name]) => !isGlueLanguage(name) && vouched.has(name)) : void 0;
  if (implementation && eligible[0]) {
    const glue = eligible[0];
    return {
      id: languageId(implementation[0]),
      shares,
      evidence: [
        {
          path: unit.root,
          detail: `${implementation[0]}: ${percent(implementation[1] / total)} of ${formatBytes(total)} code bytes; ${glue[0]} (${percent(glue[1] / total)}) is glue around it`
        },
        ...vouched.get(implementation[0]).slice(0, 1).map((path) => ({
          path,
          detail: `${path.slice(path.lastIndexOf("/") + 1)} builds ${implementation[0]}`
        }))
      ]
    };
  }
  const top = eligible[0];
  if (!top) {
    const detail = ranked.length > 0 ? `no application code: only ${ranked.map(([name]) => name).join(", ")}` : "no programming-language files after exclusions";
    return { id: "unknown", shares, evidence: [{ path: unit.root, detail }] };
  }
  const describe2 = (name, n) => `${name}: ${percent(n / total)} of ${formatBytes(total)} code bytes`;
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
          { path: unit.root, detail: describe2(chosen[0], chosen[1]) },
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
    evidence: [{ path: unit.root, detail: describe2(top[0], top[1]) }]
  };
}
function tieBreaker(unit, tied) {
  const markers = unit.markers.map((path) => ({ path, match: matchMarker(path) })).filter((m) => m.match !== void 0).sort((a, b) => (a.match?.priority ?? 0) - (b.match?.priority ?? 0) || compare5(a.path, b.path));
  for (const { path, match } of markers) {
    const language = match?.marker.languages.find((l) => tied.includes(l));
    if (language !== void 0) return { language, marker: path };
  }
  return void 0;
}
function vouchedLanguages(unit) {
  const out = /* @__PURE__ */ new Map();
  for (const path of [...unit.markers].sort(compare5)) {
    for (const language of matchMarker(path)?.marker.languages ?? []) {
      out.set(language, [...out.get(language) ?? [], path]);
    }
  }
  return out;
}

// src/core/3-detect/detect-signals.ts
import * as posix3 from "node:path/posix";

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
        "Microsoft.Extensions.AI*",
        "Azure.AI.Inference"
      ]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "strong",
      packages: [
        "Aspire.Azure.AI.OpenAI",
        "Aspire.OpenAI",
        "Aspire.Azure.AI.Inference",
        "CommunityToolkit.Aspire.OllamaSharp"
      ],
      note: ".NET Aspire client integrations: each wraps one of the SDKs above and registers it for dependency injection, so the service names the integration instead of the SDK."
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
      packages: ["Qdrant.Client", "Pinecone.Client", "Milvus.Client", "Pgvector*"],
      note: "`Pgvector*` covers the Entity Framework Core and Dapper packages (Pgvector.EntityFrameworkCore, Pgvector.Dapper)."
    },
    {
      signal: "ai-ml.vector-store",
      strength: "strong",
      packages: ["Aspire.Qdrant.Client", "Aspire.Milvus.Client"],
      note: ".NET Aspire client integrations of the vector stores above."
    },
    {
      signal: "data.dataframe",
      strength: "strong",
      packages: ["Microsoft.Data.Analysis", "Deedle"]
    },
    {
      signal: "data.dataframe",
      strength: "weak",
      packages: ["Apache.Arrow", "Parquet.Net"],
      note: "Columnar memory and files: often analytics, sometimes storage or interchange only."
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
      packages: ["Grpc.Net.Client", "Grpc.Net.ClientFactory", "Grpc.Core"],
      note: "Client side (Grpc.Net.ClientFactory registers typed gRPC clients)."
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
        "Google.Cloud.PubSub.V1",
        "Azure.Messaging.EventHubs"
      ]
    },
    {
      signal: "concurrency.message-broker",
      strength: "strong",
      packages: [
        "Aspire.RabbitMQ.Client",
        "Aspire.RabbitMQ.Client.v7",
        "Aspire.Confluent.Kafka",
        "Aspire.NATS.Net",
        "Aspire.Azure.Messaging.ServiceBus",
        "Aspire.Azure.Messaging.EventHubs"
      ],
      note: ".NET Aspire client integrations of the brokers above."
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
        "github.com/aws/aws-sdk-go-v2/service/bedrockruntime",
        "cloud.google.com/go/vertexai",
        "github.com/IBM/watsonx-go",
        "github.com/sgaunet/perplexity-go",
        "github.com/hupe1980/go-huggingface"
      ]
    },
    {
      signal: "ai-ml.llm-client",
      strength: "weak",
      packages: ["github.com/aws/aws-sdk-go-v2/service/bedrock"],
      note: "Bedrock's control plane (lists and configures models); calling a model is `bedrockruntime`."
    },
    {
      signal: "ai-ml.llm-client",
      strength: "weak",
      packages: ["github.com/pkoukk/tiktoken-go"],
      note: "A tokeniser only."
    },
    {
      signal: "ai-ml.llm-orchestration",
      strength: "weak",
      packages: ["github.com/mark3labs/mcp-go", "github.com/modelcontextprotocol/go-sdk"],
      note: "Model Context Protocol: exposes tools and data to LLM agents, or calls them; the model runs elsewhere."
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
      signal: "ai-ml.training",
      strength: "weak",
      packages: ["github.com/c-bata/goptuna"],
      note: "Hyper-parameter search (a Go port of Optuna): around training, not training itself."
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
    {
      signal: "data.scientific",
      strength: "strong",
      packages: ["gorgonia.org/tensor", "github.com/pdevine/tensor"],
      note: "N-dimensional arrays (tensors) for numeric work; `pdevine/tensor` is a fork used to convert model weights."
    },
    {
      signal: "ai-ml.inference",
      strength: "weak",
      packages: ["github.com/nlpodyssey/gopickle"],
      note: "Reads PyTorch pickle checkpoints: loading or converting model weights in Go."
    },
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
      packages: ["google.golang.org/grpc"],
      supporting: true,
      note: "Supporting only: clients import it as much as servers, and its `codes` and `status` packages are the error helpers of any library that talks gRPC. Serving shows as `grpc.NewServer` (code hint) or a server-side package."
    },
    {
      signal: "concurrency.grpc-streaming",
      strength: "weak",
      packages: ["connectrpc.com/connect"],
      note: "Client and server alike; a dependency alone does not say the service serves RPCs."
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
      packages: ["google.golang.org/grpc"],
      requiresHints: ["go.grpc-server"],
      note: "Counted only when the unit creates a server; a client is not an RPC framework of the service."
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
        "io.awspring.cloud:spring-cloud-aws-starter-sqs",
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
    {
      signal: "ai-ml.training",
      strength: "weak",
      packages: ["hyperopt", "scikit-optimize"],
      imports: ["hyperopt", "skopt"],
      note: "Hyper-parameter search (Bayesian optimisation), like optuna: around training, not training itself. scikit-optimize is imported as `skopt`."
    },
    {
      signal: "ai-ml.training",
      strength: "weak",
      packages: ["tensorboardx", "cloudml-hypertune", "kubeflow-training", "forestci"],
      imports: ["tensorboardX", "hypertune", "kubeflow.training", "forestci"],
      note: "Around training: logging training metrics (tensorboardX), reporting trial metrics to a tuner (cloudml-hypertune), submitting training jobs (kubeflow-training), confidence intervals for scikit-learn forests (forestci)."
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
      supporting: true,
      note: "Supporting only: clients use it as much as servers, and exporters (OpenTelemetry OTLP) pull it in without the service touching gRPC. Serving shows as `grpc.server(...)` (code hint) or a server-side add-on."
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
      imports: ["grpc_tools"],
      supporting: true,
      note: "Supporting only: the protobuf code generator, a build step of clients and servers alike."
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
      packages: ["imageio"],
      note: "Image and video I/O: often, not always, heavy CPU work."
    },
    {
      signal: "resource.cpu-bound",
      strength: "weak",
      packages: ["cython"],
      imports: ["Cython"],
      supporting: true,
      note: "Supporting only: Cython is listed as a build-time requirement of many scientific packages (older scikit-learn, scikit-optimize, hyperopt installs); the service's own `.pyx` code is what shows compiled hot loops."
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
      packages: ["actioncable", "anycable", "anycable-rails", "faye-websocket", "async-websocket"]
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
        "llama-cpp-sys-2",
        "llama_cpp",
        "whisper-rs",
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
      signal: "ai-ml.gpu",
      strength: "weak",
      packages: ["cudarc"],
      note: "CUDA driver and cuBLAS bindings: GPU compute, most often for models, sometimes for other numeric work."
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
    hint: "py.grpc-server",
    signal: "concurrency.grpc-streaming",
    strength: "weak",
    reason: "The service creates a gRPC server (`grpc.server(...)`, `grpc.aio.server(...)`): it serves RPCs, which is ordinary API serving unless the RPCs stream."
  },
  {
    hint: "go.grpc-server",
    signal: "concurrency.grpc-streaming",
    strength: "weak",
    reason: "The service creates a gRPC server (`grpc.NewServer(...)`): it serves RPCs, which is ordinary API serving unless the RPCs stream."
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
    unlessSameLine: ["py.grpc-server"],
    reason: "Thread pools, or threads in a service with CPU-heavy libraries; a lone background thread is not a signal, nor is the pool handed to `grpc.server(...)` on the same line (the server's I/O pool, the standard way to serve gRPC; a pool built on an earlier line and passed in is a blind spot)."
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
import * as posix2 from "node:path/posix";

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
  }
};
function limitThresholds(limits) {
  return {
    memory: {
      signal: "resource.tight-limits",
      strength: "strong",
      compare: "at-most",
      limit: limits.memoryMiB * MI,
      display: `${limits.memoryMiB}Mi`,
      reason: limits.memoryReason
    },
    cpu: {
      signal: "resource.tight-limits",
      strength: "weak",
      supporting: true,
      compare: "at-most",
      limit: limits.cpuCores,
      display: `${Math.round(limits.cpuCores * 1e3)}m`,
      reason: limits.cpuReason
    }
  };
}
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
  const base = posix2.basename(path);
  if (!YAML_NAME.test(base)) return void 0;
  if (COMPOSE_NAME.test(base)) return "compose";
  const dir = posix2.dirname(path);
  if (VALUES_NAME.test(base) && hasChart(dir, paths)) return "helm-values";
  for (let d = dir; d !== "." && d !== "/" && d !== ""; d = posix2.dirname(d)) {
    if (posix2.basename(d) === "templates" && hasChart(posix2.dirname(d), paths))
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
function detectDeploymentFiles(ctx, unit, add, limits = DEFAULT_TIGHT_LIMITS) {
  const thresholds = limitThresholds(limits);
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
    const text3 = read.text;
    if (kind === "yaml" && !(LOOKS_LIKE_KUBERNETES.test(text3) && HAS_KIND.test(text3))) continue;
    scanYaml(ctx, file.path, text3, kind, unit.root, add, thresholds);
  }
}
function scanYaml(ctx, path, text3, kind, unitRoot, add, limits) {
  const lineCounter = new LineCounter();
  let docs;
  try {
    const parsed = parseAllDocuments(text3, { lineCounter });
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
    lines ??= text3.split(/\r?\n/);
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
      limits,
      line(node) {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : void 0;
      },
      emit(threshold, key) {
        const line = walker.line(key);
        if (line === void 0) return;
        const supporting = "supporting" in threshold && threshold.supporting === true;
        add(
          threshold.signal,
          threshold.strength,
          { path, line, detail: lineText(line) },
          supporting
        );
      }
    };
    const root = doc.contents;
    if (!isMap(root)) continue;
    if (kind === "compose") scanCompose(walker, root, path, unitRoot);
    else if (kind === "helm-values") scanHelmValues(walker, root);
    else scanKubernetes(walker, root);
  }
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
function resolve4(walker, node) {
  return isAlias(node) ? node.resolve(walker.doc) : node;
}
function pairOf(walker, map, key) {
  const target = resolve4(walker, map);
  if (!isMap(target)) return void 0;
  return target.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}
function valueOf(walker, map, key) {
  const pair = pairOf(walker, map, key);
  return pair ? resolve4(walker, pair.value) : void 0;
}
function scalar(node) {
  return isScalar(node) ? node.value : void 0;
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
function scanResources(walker, node, depth3 = 0) {
  if (depth3 > 40) return;
  if (isSeq(node)) {
    for (const item of node.items) scanResources(walker, item, depth3 + 1);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
    if (key === "initContainers") continue;
    if (key === "resources" && isMap(pair.value)) checkResources(walker, pair.value);
    else scanResources(walker, pair.value, depth3 + 1);
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
  if (memory && fires(walker.limits.memory, kubernetesBytes(scalar(resolve4(walker, memory.value))))) {
    walker.emit(walker.limits.memory, memory.key);
  }
  const cpu = pairOf(walker, limits, "cpu");
  if (cpu && fires(walker.limits.cpu, kubernetesCores(scalar(resolve4(walker, cpu.value))))) {
    walker.emit(walker.limits.cpu, cpu.key);
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
function scanAutoscaling(walker, node, depth3) {
  if (depth3 > 40 || !isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
    if (key === "autoscaling" && isMap(pair.value)) {
      if (scalar(valueOf(walker, pair.value, "enabled")) === false) continue;
      checkNumber(walker, pair.value, "maxReplicas", INFRA_THRESHOLDS.autoscalerMax);
    } else {
      scanAutoscaling(walker, pair.value, depth3 + 1);
    }
  }
}
function scanCompose(walker, root, path, unitRoot) {
  const services = valueOf(walker, root, "services");
  if (!isMap(services)) return;
  const composeDir = posix2.dirname(path);
  for (const pair of services.items) {
    const service = resolve4(walker, pair.value);
    if (!isMap(service) || !builtInside(walker, service, composeDir, unitRoot)) continue;
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
    if (isSeq(devices)) {
      for (const device of devices.items) {
        const driver = pairOf(walker, device, "driver");
        const capabilities = valueOf(walker, device, "capabilities");
        const gpuCapability = isSeq(capabilities) && capabilities.items.some((c) => scalar(c) === "gpu");
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
      if (p && fires(walker.limits.memory, composeBytes(scalar(resolve4(walker, p.value))))) {
        walker.emit(walker.limits.memory, p.key);
      }
    }
    for (const [map, key] of [
      [service, "cpus"],
      [limits, "cpus"]
    ]) {
      const p = pairOf(walker, map, key);
      if (p && fires(walker.limits.cpu, composeCores(scalar(resolve4(walker, p.value))))) {
        walker.emit(walker.limits.cpu, p.key);
      }
    }
    checkNumber(walker, deploy, "replicas", INFRA_THRESHOLDS.replicas);
  }
}
function builtInside(walker, service, composeDir, unitRoot) {
  const build2 = valueOf(walker, service, "build");
  if (build2 === void 0) return false;
  const raw = isMap(build2) ? scalar(valueOf(walker, build2, "context")) ?? "." : scalar(build2);
  if (typeof raw !== "string" || /^[a-z]+:\/\//i.test(raw) || raw.startsWith("git@")) return false;
  const context = posix2.normalize(posix2.join(composeDir, raw));
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
function parseImageRef(text3) {
  let rest = text3.trim().replace(/^FROM\s+/i, "");
  while (rest.startsWith("--")) rest = rest.replace(/^--\S+\s*/, "");
  let ref = (rest.split(/\s+/)[0] ?? "").toLowerCase();
  if (ref === "") return void 0;
  const at2 = ref.indexOf("@");
  if (at2 >= 0) ref = ref.slice(0, at2);
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

// src/core/3-detect/attached-files.ts
function attachedText(text3, attached) {
  const yaml = attached.format === "helm-template" ? helmTemplateAsYaml(text3) : text3;
  const ranges = attached.lines;
  if (!ranges || attached.format === "compose") return yaml;
  return yaml.split("\n").map(
    (line, i) => ranges.some(([from, to]) => i + 1 >= from && i + 1 <= to) || /^---\s*$/.test(line) ? line : ""
  ).join("\n");
}
function detectAttachedFiles(ctx, unit, unitIsGo, add, limits) {
  const attached = unit.attached ?? [];
  const yaml = attached.filter((a) => a.format !== "dockerfile");
  if (yaml.length > 0) {
    const byPath = new Map(yaml.map((a) => [a.file.path, a]));
    const view = {
      files: yaml.map((a) => a.file),
      pruned: ctx.view.pruned,
      diagnostics: ctx.view.diagnostics,
      read(path, maxBytes) {
        const result2 = ctx.view.read(path, maxBytes);
        const entry = byPath.get(path);
        return result2.ok && entry ? { ...result2, text: attachedText(result2.text, entry) } : result2;
      }
    };
    const files = yaml.map((a) => a.file);
    detectDeploymentFiles({ ...ctx, view }, { ...unit, files }, add, limits);
  }
  for (const entry of attached) {
    if (entry.format !== "dockerfile") continue;
    const manifest = ctx.manifest(entry.file);
    if (manifest?.type === "Dockerfile") detectDockerfile(manifest, unitIsGo, add);
  }
}

// src/core/3-detect/catalog/native-build.ts
var NATIVE_BUILD_RULES = [
  {
    signal: "ai-ml.gpu",
    strength: "strong",
    packages: ["CUDAToolkit", "CUDA", "hip", "rocblas", "cudnn", "NCCL"],
    libraries: ["CUDA::*", "cudart", "cublas*", "cudnn*", "hip::*", "roc::*", "nccl*"],
    reason: "CUDA, cuDNN, NCCL and ROCm/HIP: the process drives a GPU itself."
  },
  {
    signal: "ai-ml.inference",
    strength: "strong",
    packages: ["TensorRT", "Torch", "onnxruntime", "OpenVINO", "ggml", "llama", "tensorflowlite"],
    libraries: [
      "tensorrt_llm*",
      "nvinfer*",
      "torch",
      "torch_cuda",
      "onnxruntime*",
      "openvino::*",
      "ggml*",
      "llama",
      "tensorflowlite*"
    ],
    reason: "Inference engines linked into the process: TensorRT(-LLM), libtorch, ONNX Runtime, OpenVINO, llama.cpp/ggml, TensorFlow Lite."
  }
];

// src/core/3-detect/native-build.ts
var MAX_CMAKE_BYTES = 256 * 1024;
var CMAKE_FILE = /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake)$/;
var CALL = /\b(find_package|target_link_libraries)\s*\(([^)]*)\)/gi;
var KEYWORDS = /* @__PURE__ */ new Set(["private", "public", "interface", "required", "quiet", "components"]);
function isCmakeFile(path) {
  return CMAKE_FILE.test(path);
}
function detectNativeBuild(ctx, unit, add, skip) {
  for (const file of unit.files) {
    if (!isCmakeFile(file.path) || file.size > MAX_CMAKE_BYTES || skip(file.path)) continue;
    const read = ctx.view.read(file.path, MAX_CMAKE_BYTES);
    if (!read.ok) {
      if (read.reason !== "missing")
        ctx.diagnose({
          severity: "warning",
          code: read.reason === "binary" ? "binary-file" : read.reason,
          message: `CMake file ${file.path} was not read: ${read.message}`,
          path: file.path
        });
      continue;
    }
    for (const hit of cmakeReferences(read.text)) {
      for (const rule of NATIVE_BUILD_RULES) {
        const names = hit.call === "find_package" ? rule.packages : rule.libraries;
        if (!names.some((pattern) => matches(pattern, hit.name))) continue;
        add(rule.signal, rule.strength, {
          path: file.path,
          line: hit.line,
          detail: `${hit.call}(${hit.name})`
        });
      }
    }
  }
}
function cmakeReferences(text3) {
  const code3 = text3.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  const out = [];
  for (const m of code3.matchAll(CALL)) {
    const call = (m[1] ?? "").toLowerCase();
    const args = m[2] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf("(") + 1;
    const tokens = [...args.matchAll(/[^\s]+/g)];
    const names = call === "find_package" ? tokens.slice(0, 1) : tokens.slice(1);
    for (const t of names) {
      const name = t[0];
      if (KEYWORDS.has(name.toLowerCase()) || name.startsWith("$")) continue;
      out.push({ call, name, line: lineAt(code3, start + (t.index ?? 0)) });
    }
  }
  return out;
}
function matches(pattern, name) {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  return p.endsWith("*") ? n.startsWith(p.slice(0, -1)) : n === p;
}
function lineAt(text3, offset) {
  let line = 1;
  for (let i = text3.indexOf("\n"); i >= 0 && i < offset; i = text3.indexOf("\n", i + 1)) line++;
  return line;
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
        strength: e.strength,
        ...e.supporting ? { supporting: true } : {}
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
  add(key, strength, evidence, supporting = false) {
    let item = this.items.get(key);
    if (!item) this.items.set(key, item = { evidence: /* @__PURE__ */ new Map() });
    const id = `${evidence.path}\0${evidence.line ?? 0}\0${evidence.detail}`;
    const piece = { evidence, strength: supporting ? "weak" : strength, supporting };
    const existing = item.evidence.get(id);
    if (!existing || existing.supporting && !supporting || existing.supporting === supporting && existing.strength === "weak" && strength === "strong")
      item.evidence.set(id, piece);
  }
  /** True when the key has at least one piece of evidence that is not only supporting. */
  has(key) {
    const item = this.items.get(key);
    return item !== void 0 && [...item.evidence.values()].some((e) => !e.supporting);
  }
  /** The keys that are present (see `has`), in insertion order. */
  keys() {
    return [...this.items.keys()].filter((key) => this.has(key));
  }
  strength(key) {
    const item = this.items.get(key);
    return item && [...item.evidence.values()].some((e) => e.strength === "strong") ? "strong" : "weak";
  }
  /**
   * Deduplicated; for the cap, strong first, then weak, then supporting; the kept pieces sorted by
   * path, line and detail.
   */
  evidence(key) {
    const rank = (e) => e.supporting ? 2 : e.strength === "strong" ? 0 : 1;
    const all = [...this.items.get(key)?.evidence.values() ?? []];
    all.sort((a, b) => rank(a) - rank(b) || compareEvidence2(a.evidence, b.evidence));
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
  const apply = (targets, direct, evidence) => {
    for (const target of targets) {
      if (target.kind === "signal") {
        categories.set(target.signal, target.category);
        signals.add(target.signal, target.strength, evidence, !direct || target.supporting === true);
      } else if (direct) {
        frameworkHits.push({ entry: target.entry, evidence });
      }
    }
  };
  const addSignal = (signal, strength, evidence, supporting = false) => {
    const category = SIGNAL_CATEGORY.get(signal);
    if (!category) return;
    categories.set(signal, category);
    signals.add(signal, strength, evidence, supporting);
  };
  for (const manifest of unit.manifests) {
    for (const dep of manifest.dependencies) {
      if (dep.dev) continue;
      const evidence = { path: dep.path, line: dep.line, detail: dep.text };
      for (const catalog of catalogs)
        apply(matchPackage(catalog, dep.ecosystem, dep.name), !dep.indirect, evidence);
    }
    if (manifest.type === "Dockerfile") detectDockerfile(manifest, language.id === "go", addSignal);
  }
  const firstParty = firstPartyTest(unit);
  const hints = [];
  const notebooks = [];
  for (const file of unit.files) {
    const relative3 = relativeTo2(unit.root, file.path);
    if (isTestPath(relative3)) continue;
    const ext = posix3.extname(file.path).toLowerCase();
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
        apply(matchImport(catalog, facts.language, imp.module), true, evidence);
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
  const fromCatalog = new Set(signals.keys());
  for (const { facts, hint } of hints) {
    for (const rule of HINT_RULES) {
      if (rule.hint !== hint.id) continue;
      if (rule.unlessSameLine?.some(
        (id) => hints.some((h) => h.facts === facts && h.hint.line === hint.line && h.hint.id === id)
      ))
        continue;
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
  detectDeploymentFiles(ctx, unit, addSignal, tightLimitsOf(language.id));
  detectAttachedFiles(ctx, unit, language.id === "go", addSignal, tightLimitsOf(language.id));
  detectNativeBuild(ctx, unit, addSignal, (path) => isTestPath(relativeTo2(unit.root, path)));
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
  const outSignals = signals.keys().map((id) => ({
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

// src/core/3-detect/declared.ts
var REQUIREMENT_RULES = [
  {
    key: "latencyBudgetMs",
    signal: "latency.low-latency",
    fires: (v) => typeof v === "number" && v <= 100,
    detail: (v) => `declared latency budget ${String(v)} ms`,
    reason: "A budget of 100 ms or less leaves little room for interpreter and GC pauses."
  },
  {
    key: "requestsPerSecond",
    signal: "concurrency.high-throughput",
    fires: (v) => typeof v === "number" && v >= 1e3,
    detail: (v) => `declared ${String(v)} requests per second`,
    reason: "A thousand requests per second or more is high-throughput serving."
  },
  {
    key: "memoryBudgetMb",
    signal: "resource.tight-limits",
    fires: (v) => typeof v === "number" && v <= 256,
    detail: (v) => `declared memory budget ${String(v)} MiB`,
    reason: "The interpreted-runtime line of deployment memory limits (Python's, 256 MiB), for every language: a declared budget is the team saying memory is a constraint, so it is not discounted for a leaner runtime the way a deployment limit is."
  },
  {
    key: "singleBinary",
    signal: "deployment.single-binary",
    fires: (v) => v === true,
    detail: () => "declared: must ship as a single binary",
    reason: "Declared outright."
  }
];
var CATEGORY_OF = new Map(SIGNALS.map((s) => [s.id, s.category]));
function compareEvidence3(a, b) {
  const p = a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  return p || (a.line ?? 0) - (b.line ?? 0) || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0);
}
function addDeclaredSignals(root, signals, declared) {
  const mine = declared.filter((d) => d.service === root);
  if (mine.length === 0) return [...signals];
  const byId = new Map(signals.map((s) => [s.id, { ...s, evidence: [...s.evidence] }]));
  for (const entry of mine) {
    for (const rule of REQUIREMENT_RULES) {
      const value = entry.requirements[rule.key];
      if (value === void 0 || !rule.fires(value)) continue;
      const at2 = entry.at[rule.key];
      const evidence = {
        path: at2?.path ?? ".stackfit.yml",
        ...at2 ? { line: at2.line } : {},
        detail: rule.detail(value)
      };
      const category = CATEGORY_OF.get(rule.signal);
      if (!category) continue;
      const signal = byId.get(rule.signal) ?? {
        id: rule.signal,
        category,
        strength: "strong",
        evidence: []
      };
      signal.strength = "strong";
      signal.evidence.push(evidence);
      signal.evidence.sort(compareEvidence3);
      byId.set(rule.signal, signal);
    }
  }
  return [...byId.values()].sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

// src/core/3-detect/inherited-signals.ts
function inheritLibrarySignals(ctx, units, services) {
  const graph = referenceGraph(ctx, units);
  if (!graph) return [...services];
  const { referencing, ownerOf, refsOf } = graph;
  const serviceByRoot = new Map(services.map((s) => [s.root, s]));
  const inherited = /* @__PURE__ */ new Map();
  for (const unit of referencing) {
    const service = serviceByRoot.get(unit.root);
    if (unit.kind !== "service" || !service || service.counted) continue;
    const lent = [];
    const seen = /* @__PURE__ */ new Set([unit.root]);
    let level = refsOf(unit).map((r) => ({
      target: r.target,
      chain: [r.ref]
    }));
    for (let depth3 = 1; level.length > 0; depth3++) {
      const next = [];
      for (const { target, chain } of level) {
        const library = ownerOf(target);
        if (!library || library.kind !== "library" || seen.has(library.root)) continue;
        seen.add(library.root);
        const lender = serviceByRoot.get(library.root);
        for (const signal of lender?.signals ?? []) {
          if (signal.strength !== "strong") continue;
          lent.push({
            id: signal.id,
            category: signal.category,
            strength: depth3 === 1 ? "strong" : "weak",
            evidence: [...chain.map(referenceEvidence), ...signal.evidence]
          });
        }
        for (const r of refsOf(library)) next.push({ target: r.target, chain: [...chain, r.ref] });
      }
      level = next;
    }
    if (lent.length > 0) inherited.set(unit.root, lent);
  }
  return services.map((s) => {
    const lent = inherited.get(s.root);
    return lent ? { ...s, signals: merge(s.signals, lent) } : s;
  });
}
function referenceTargets(ctx, units) {
  const graph = referenceGraph(ctx, units);
  const out = {};
  if (!graph) return out;
  for (const unit of graph.referencing) {
    const targets = /* @__PURE__ */ new Set();
    for (const manifest of unit.manifests)
      for (const ref of manifest.localReferences ?? [])
        if (!ref.dev && !ref.workspaceTable)
          targets.add(graph.targetOf(manifest, ref) ?? `?${ref.name}`);
    out[unit.root] = [...targets].sort();
  }
  return out;
}
function referenceGraph(ctx, units) {
  const referencing = units.filter(
    (u) => u.manifests.some((m) => m.localReferences?.some((r) => !r.dev && !r.workspaceTable))
  );
  if (referencing.length === 0) return void 0;
  const unitByRoot = new Map(units.map((u) => [u.root, u]));
  const roots = units.map((u) => u.root).sort((a, b) => b.length - a.length);
  const ownerOf = (dir) => {
    const root = roots.find((r) => r === "." || dir === r || dir.startsWith(`${r}/`));
    return root === void 0 ? void 0 : unitByRoot.get(root);
  };
  const workspaceTarget = workspaceResolver(ctx);
  const npmRoots = /* @__PURE__ */ new Map();
  for (const u of units) {
    for (const m of u.manifests) {
      if (m.type === "package.json" && m.name !== void 0 && !npmRoots.has(m.name)) {
        npmRoots.set(m.name, u.root);
      }
    }
  }
  const targetOf2 = (manifest, ref) => ref.target ?? (ref.byName ? npmRoots.get(ref.name) : workspaceTarget(manifest, ref.name));
  const refsOf = (unit) => {
    const out = [];
    for (const manifest of unit.manifests) {
      for (const ref of manifest.localReferences ?? []) {
        if (ref.dev || ref.workspaceTable) continue;
        const target = targetOf2(manifest, ref);
        if (target !== void 0) out.push({ ref, target });
      }
    }
    return out;
  };
  return { referencing, ownerOf, refsOf, targetOf: targetOf2 };
}
function lendersOf(ctx, units) {
  const graph = referenceGraph(ctx, units);
  const out = {};
  if (!graph) return out;
  for (const unit of graph.referencing) {
    if (unit.kind !== "service") continue;
    const seen = /* @__PURE__ */ new Set([unit.root]);
    const libraries = [];
    let level = graph.refsOf(unit).map((r) => r.target);
    while (level.length > 0) {
      const next = [];
      for (const target of level) {
        const library = graph.ownerOf(target);
        if (!library || library.kind !== "library" || seen.has(library.root)) continue;
        seen.add(library.root);
        libraries.push(library.root);
        for (const r of graph.refsOf(library)) next.push(r.target);
      }
      level = next;
    }
    if (libraries.length > 0) out[unit.root] = libraries.sort();
  }
  return out;
}
function referenceEvidence(ref) {
  return { path: ref.path, line: ref.line, detail: `${ref.via} ${ref.name}` };
}
function workspaceResolver(ctx) {
  let byPath;
  return (manifest, name) => {
    if (manifest.type !== "Cargo.toml") return void 0;
    const own2 = manifest.localReferences?.find((r) => r.workspaceTable && r.name === name);
    if (own2) return own2.target;
    byPath ??= new Map(ctx.view.files.map((f) => [f.path, f]));
    const parts = manifest.path.split("/").slice(0, -1);
    while (parts.length > 0) {
      parts.pop();
      const path = parts.length === 0 ? "Cargo.toml" : `${parts.join("/")}/Cargo.toml`;
      const file = byPath.get(path);
      const root = file ? ctx.manifest(file) : void 0;
      const entry = root?.localReferences?.find((r) => r.workspaceTable && r.name === name);
      if (entry) return entry.target;
      if (root?.workspaceMembers.length) return void 0;
    }
    return void 0;
  };
}
function merge(own2, lent) {
  const byId = new Map(own2.map((s) => [s.id, s]));
  const ownStrong = new Set(own2.filter((s) => s.strength === "strong").map((s) => s.id));
  for (const signal of lent) {
    if (ownStrong.has(signal.id)) continue;
    const existing = byId.get(signal.id);
    if (!existing) {
      byId.set(signal.id, { ...signal, evidence: dedupe(signal.evidence) });
      continue;
    }
    byId.set(signal.id, {
      ...existing,
      strength: existing.strength === "strong" || signal.strength === "strong" ? "strong" : "weak",
      evidence: dedupe([...existing.evidence, ...signal.evidence])
    });
  }
  return [...byId.values()].sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
function dedupe(evidence) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of evidence) {
    const key = `${e.path}\0${e.line ?? 0}\0${e.detail}`;
    if (seen.has(key) || out.length >= MAX_EVIDENCE) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

// src/core/7-delta/focus.ts
var ENTRY_POINT_FILES = [
  { pattern: /(?:^|\/)main\.go$/, why: "Go: `package main` with `func main` lives in main.go" },
  { pattern: /(?:^|\/)cmd\/(?:[^/]+\/)?[^/]+\.go$/, why: "Go: commands under cmd/" },
  {
    pattern: /(?:^|\/)(?:__main__|main|app|server|run|wsgi|asgi|manage|worker|cli)\.py$/,
    why: "Python: script and server entry files"
  },
  {
    pattern: /(?:^|\/)(?:server|index|main|app)\.(?:js|mjs|cjs|ts|mts|cts)$/,
    why: "JavaScript and TypeScript: server entry files"
  }
];
var ENTRY_POINT = new RegExp(
  ENTRY_POINT_FILES.map(({ pattern }) => `(?:${pattern.source})`).join("|")
);
function isEntryPointFile(path) {
  return ENTRY_POINT.test(path);
}
function filesDirectlyIn(files, dir) {
  const prefix = dir === "." ? "" : `${dir}/`;
  const out = [];
  let i = firstAtOrAfter(files, prefix, 0);
  while (i < files.length) {
    const path = files[i].path;
    if (!path.startsWith(prefix)) break;
    const slash = path.indexOf("/", prefix.length);
    if (slash < 0) {
      out.push(path);
      i++;
    } else {
      i = firstAtOrAfter(files, `${path.slice(0, slash)}0`, i + 1);
    }
  }
  return out;
}
function firstAtOrAfter(files, key, from) {
  let lo = from;
  let hi = files.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (files[mid].path < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function focusedSources(files, focus) {
  const markerDirs = /* @__PURE__ */ new Map();
  const isMarkerDir = (dir) => {
    let answer = markerDirs.get(dir);
    if (answer === void 0) {
      answer = filesDirectlyIn(files, dir).some((path) => matchMarker(path)?.root === dir);
      markerDirs.set(dir, answer);
    }
    return answer;
  };
  const prefixes = /* @__PURE__ */ new Set();
  const exact = /* @__PURE__ */ new Set();
  for (const path of focus) {
    const dir = deepestMarkerDir(path, isMarkerDir);
    if (dir === void 0) exact.add(path);
    else prefixes.add(`${dir}/`);
  }
  return subtreeFilter(prefixes, exact);
}
function sourcesMissedBy(units, touched, read) {
  const missed = units.some(
    (unit) => touched.has(unit.root) && unit.files.some((f) => sourceLanguageOf(f.path) !== void 0 && !read(f.path))
  );
  if (!missed) return void 0;
  if (touched.has(".")) return () => true;
  const prefixes = new Set([...touched].map((root) => `${root}/`));
  const wider = subtreeFilter(prefixes, /* @__PURE__ */ new Set());
  return (path) => read(path) || wider(path);
}
function deepestMarkerDir(path, isMarkerDir) {
  if (isMarkerDir(path)) return path;
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
    const dir = path.slice(0, slash);
    if (isMarkerDir(dir)) return dir;
  }
  return void 0;
}
function subtreeFilter(prefixes, exact) {
  const sorted = [...prefixes].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const outer = [];
  for (const prefix of sorted) {
    const last = outer[outer.length - 1];
    if (last === void 0 || !prefix.startsWith(last)) outer.push(prefix);
  }
  const under = (path) => {
    let lo = 0;
    let hi = outer.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (outer[mid] <= path) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found !== -1 && path.startsWith(outer[found]);
  };
  return (path) => exact.has(path) || outer.length > 0 && under(path) || isEntryPointFile(path);
}

// src/core/7-delta/compute-delta.ts
var SHARE_SHIFT_THRESHOLD = 0.01;
function computeDelta(base, head, options) {
  const baseByRoot = new Map(base.services.map((s) => [s.root, s]));
  const headByRoot = new Map(head.services.map((s) => [s.root, s]));
  const roots = [.../* @__PURE__ */ new Set([...baseByRoot.keys(), ...headByRoot.keys()])].sort(compareStrings);
  const services = [];
  for (const root of roots) {
    const delta = serviceDelta(root, baseByRoot.get(root), headByRoot.get(root));
    if (delta) services.push(delta);
  }
  const touched = [...new Set(options.touched ?? services.map((s) => s.root))].sort(compareStrings);
  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint));
  const headFingerprints = new Set(head.findings.map((f) => f.fingerprint));
  const scope = options.scope ?? "changed";
  const touchedSet = new Set(touched);
  const findings = head.findings.map((f) => ({
    ...f,
    status: baseFingerprints.has(f.fingerprint) ? "existing" : "new"
  })).filter((f) => scope === "all" || f.status === "new" || touchedSet.has(f.service));
  const resolved = base.findings.filter((f) => !headFingerprints.has(f.fingerprint)).map((f) => {
    const copy = { ...f };
    delete copy.status;
    return copy;
  });
  const active = findings.filter((f) => !f.waived);
  return {
    delta: {
      base: options.base,
      touched,
      scope,
      services,
      resolved,
      counts: {
        new: active.filter((f) => f.status === "new").length,
        existing: active.filter((f) => f.status === "existing").length,
        resolved: resolved.length
      }
    },
    findings
  };
}
function touchedServices(changedPaths2, roots) {
  const byDepth = [...new Set(roots)].sort((a, b) => depth2(b) - depth2(a) || compareStrings(a, b));
  const out = /* @__PURE__ */ new Set();
  for (const path of changedPaths2) {
    const owner = byDepth.find(
      (root) => root === "." || path === root || path.startsWith(`${root}/`)
    );
    if (owner !== void 0) out.add(owner);
  }
  return [...out].sort(compareStrings);
}
function linkedRoots(touched, lenders) {
  const given = new Set(touched);
  const out = new Set(given);
  for (const [service, libraries] of Object.entries(lenders ?? {})) {
    if (!given.has(service) && !libraries.some((root) => given.has(root))) continue;
    out.add(service);
    for (const root of libraries) out.add(root);
  }
  return [...out].sort(compareStrings);
}
function depth2(root) {
  return root === "." ? 0 : root.split("/").length;
}
function serviceDelta(root, base, head) {
  if (!base && !head) return void 0;
  const signals = signalDeltas(base?.signals ?? [], head?.signals ?? []);
  const shares = shareShifts(base, head);
  const kind = base && head && base.kind !== head.kind ? { base: base.kind, head: head.kind } : void 0;
  const languageChanged = base && head && base.language.id !== head.language.id;
  const change = !base ? "added" : !head ? "removed" : "changed";
  if (change === "changed" && signals.length === 0 && shares.length === 0 && !kind && !languageChanged) {
    return void 0;
  }
  const toward = /* @__PURE__ */ new Set();
  for (const s of signals) if (s.change !== "removed" && s.added.length > 0) toward.add(s.category);
  const headCategories = new Set((head?.signals ?? []).map((s) => s.category));
  const awayFrom = /* @__PURE__ */ new Set();
  for (const s of signals) {
    if (s.change === "removed" && !headCategories.has(s.category)) awayFrom.add(s.category);
  }
  return {
    root,
    change,
    language: {
      ...base ? { base: base.language.id } : {},
      ...head ? { head: head.language.id } : {}
    },
    ...kind ? { kind } : {},
    shares,
    toward: CATEGORIES.filter((c) => toward.has(c)),
    awayFrom: CATEGORIES.filter((c) => awayFrom.has(c)),
    signals
  };
}
function signalDeltas(base, head) {
  const baseById = new Map(base.map((s) => [s.id, s]));
  const headById = new Map(head.map((s) => [s.id, s]));
  const out = [];
  for (const id of /* @__PURE__ */ new Set([...baseById.keys(), ...headById.keys()])) {
    const b = baseById.get(id);
    const h = headById.get(id);
    const added = unmatched(h?.evidence ?? [], b?.evidence ?? []);
    const removed = unmatched(b?.evidence ?? [], h?.evidence ?? []);
    const signal = h ?? b;
    const change = !b ? "added" : !h ? "removed" : "changed";
    if (change === "changed" && added.length === 0 && removed.length === 0 && b?.strength === h?.strength)
      continue;
    out.push({ id, category: signal.category, change, strength: signal.strength, added, removed });
  }
  return out.sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings(a.id, b.id)
  );
}
function unmatched(side, other) {
  const remaining = /* @__PURE__ */ new Map();
  for (const e of other) remaining.set(e.detail, (remaining.get(e.detail) ?? 0) + 1);
  const sorted = [...side].sort(
    (a, b) => compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)
  );
  const out = [];
  for (const e of sorted) {
    const left = remaining.get(e.detail) ?? 0;
    if (left > 0) remaining.set(e.detail, left - 1);
    else out.push({ ...e });
  }
  return out;
}
function shareShifts(base, head) {
  const baseShares = new Map((base?.language.shares ?? []).map((s) => [s.id, s.share]));
  const headShares = new Map((head?.language.shares ?? []).map((s) => [s.id, s.share]));
  const ids = [.../* @__PURE__ */ new Set([...baseShares.keys(), ...headShares.keys()])].sort(compareStrings);
  const out = [];
  for (const id of ids) {
    const b = baseShares.get(id) ?? 0;
    const h = headShares.get(id) ?? 0;
    if (Math.abs(Math.round(h * 1e4) - Math.round(b * 1e4)) >= SHARE_SHIFT_THRESHOLD * 1e4)
      out.push({ id, base: b, head: h });
  }
  return out;
}

// src/core/pipeline.ts
function analyze(view, options = {}) {
  const focus = options.focus;
  let readSources = focus ? focusedSources(view.files, focus) : void 0;
  let ctx = createScanContext(view, readSources ? { readSources } : {});
  let discovered = discoverServices(ctx, options.discover ?? {});
  const reached = (units) => new Set(
    linkedRoots(
      touchedServices(
        focus ?? [],
        units.map((u) => u.root)
      ),
      lendersOf(ctx, units)
    )
  );
  let touched = focus ? reached(discovered.units) : void 0;
  for (let attempt = 1; touched && readSources; attempt++) {
    const wider = sourcesMissedBy(discovered.units, touched, readSources);
    if (!wider) break;
    readSources = attempt >= 2 ? void 0 : wider;
    ctx = createScanContext(view, readSources ? { readSources } : {});
    discovered = discoverServices(ctx, options.discover ?? {});
    touched = reached(discovered.units);
  }
  const footprint = options.footprint ? footprintOf(ctx, discovered.units, discovered.isCounted) : void 0;
  const waivers = [];
  const services = discovered.units.map((unit) => {
    const language = classifyLanguage(ctx, unit);
    const service = (signals2, frameworks2) => ({
      root: unit.root,
      name: unit.name,
      kind: unit.kind,
      kindEvidence: unit.kindEvidence,
      markers: unit.markers,
      language,
      signals: signals2,
      frameworks: frameworks2
    });
    if (touched && !touched.has(unit.root)) {
      ctx.release(unit.files);
      return { ...service([], []), counted: true };
    }
    const detected = detectSignals(ctx, unit, language, options.detect ?? {});
    const { frameworks } = detected;
    const signals = options.declared?.length ? addDeclaredSignals(unit.root, detected.signals, options.declared) : detected.signals;
    for (const waiver of inlineWaiversOfUnit(ctx, unit)) waivers.push(waiver);
    ctx.release(unit.files);
    return service(signals, frameworks);
  });
  const withLent = inheritLibrarySignals(ctx, discovered.units, services);
  withLent.sort((a, b) => compareStrings3(a.root, b.root));
  const inlineWaivers = waivers.sort(
    (a, b) => compareStrings3(a.evidence.path, b.evidence.path) || (a.evidence.line ?? 0) - (b.evidence.line ?? 0)
  );
  const lenders = lendersOf(ctx, discovered.units);
  return {
    services: withLent,
    exclusions: discovered.exclusions,
    diagnostics: sortDiagnostics(ctx.diagnostics),
    fileCount: discovered.fileCount,
    ...inlineWaivers.length > 0 ? { inlineWaivers } : {},
    ...Object.keys(lenders).length > 0 ? { lenders } : {},
    ...footprint ? { footprint } : {}
  };
}
function footprintOf(ctx, units, isCounted) {
  const counted2 = new Map(units.map((u) => [u.root, 0]));
  for (const file of ctx.view.files) {
    if (!isCounted(file.path)) continue;
    for (let dir = file.path; ; ) {
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "." : dir.slice(0, slash);
      const n = counted2.get(dir);
      if (n !== void 0) counted2.set(dir, n + 1);
      if (dir === ".") break;
    }
  }
  const references = referenceTargets(ctx, units);
  const out = {};
  for (const unit of units) {
    const prefix = unit.root === "." ? "" : `${unit.root}/`;
    const outside = /* @__PURE__ */ new Set();
    for (const a of unit.attached ?? []) outside.add(a.file.path);
    for (const f of unit.files) if (!f.path.startsWith(prefix)) outside.add(f.path);
    const refs = references[unit.root];
    const members = [...new Set(unit.manifests.flatMap((m) => m.workspaceMembers))];
    out[unit.root] = {
      outside: [...outside].sort(compareStrings3),
      counted: counted2.get(unit.root) ?? 0,
      ...refs ? { references: refs } : {},
      ...members.length > 0 ? { workspaceMembers: members.sort(compareStrings3) } : {}
    };
  }
  return out;
}
function inlineWaiversOfUnit(ctx, unit) {
  const waivers = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (path, comments) => {
    if (!comments || seen.has(path)) return;
    seen.add(path);
    const found = inlineWaiversOf(unit.root, path, comments);
    waivers.push(...found.waivers);
    for (const d of found.diagnostics) ctx.diagnose(d);
  };
  for (const manifest of unit.manifests) add(manifest.path, manifest.waiverComments);
  for (const file of unit.files) {
    if (sourceLanguageOf(file.path) !== void 0) add(file.path, ctx.source(file)?.waiverComments);
  }
  return waivers;
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
function fnv1a64(text3) {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(text3)) {
    hash ^= BigInt(byte);
    hash = hash * PRIME & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

// src/core/4-evaluate/waivers.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
function serviceMatches(pattern, root) {
  if (pattern === void 0) return true;
  const clean3 = pattern.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
  return clean3 === root || import_picomatch3.default.isMatch(root, clean3, { dot: true });
}
function ruleMatches(waiver, finding) {
  return waiver.rule === finding.ruleId || waiver.rule === finding.ruleName;
}
function placeMatches(waiver, finding) {
  const inline = waiver.inline;
  if (!inline) return true;
  return finding.evidence.some(
    (e) => e.path === inline.path && (e.line === inline.line || e.line === inline.line + 1)
  );
}
function isExpired(waiver, today) {
  return today !== void 0 && waiver.expires !== void 0 && waiver.expires < today;
}
function describeWaiver(waiver) {
  const scope = waiver.service !== void 0 ? ` in ${waiver.service}` : "";
  const owner = waiver.owner !== void 0 ? `, owner ${waiver.owner}` : "";
  return `The waiver for ${waiver.rule}${scope} (${waiver.source}${owner})`;
}
function applyWaivers(findings, waivers, today, severityOf2) {
  const reports = [];
  const used = /* @__PURE__ */ new Set();
  const live = waivers.filter((w) => !isExpired(w, today));
  for (const finding of findings) {
    for (const waiver of live) {
      if (!ruleMatches(waiver, finding)) continue;
      if (!serviceMatches(waiver.service, finding.service)) continue;
      if (!placeMatches(waiver, finding)) continue;
      used.add(waiver);
      finding.waived ??= {
        reason: waiver.reason,
        ...waiver.owner !== void 0 ? { owner: waiver.owner } : {},
        ...waiver.expires !== void 0 ? { expires: waiver.expires } : {},
        source: waiver.source
      };
    }
  }
  const report2 = (rule, waiver, message) => {
    const service = waiver.service ?? ".";
    const setting = severityOf2(rule, service);
    if (setting === "off") return;
    reports.push({
      ruleId: rule.id,
      ruleName: rule.name,
      category: rule.category,
      severity: setting ?? rule.defaultSeverity,
      service,
      message,
      fix: rule.fix,
      evidence: [waiver.evidence],
      fingerprint: ""
    });
  };
  for (const waiver of waivers) {
    if (isExpired(waiver, today)) {
      report2(
        sf010,
        waiver,
        `${describeWaiver(waiver)} expired on ${waiver.expires}; the findings it covered count again. Its reason was: ${waiver.reason}`
      );
    } else if (!used.has(waiver)) {
      report2(
        sf011,
        waiver,
        `${describeWaiver(waiver)} matches no finding: remove it, or check the rule and service it names.`
      );
    }
  }
  return { reports };
}

// src/core/4-evaluate/evaluate.ts
function anchorOf2(evidence) {
  return evidence.find((e) => e.line !== void 0) ?? evidence[0];
}
function settingFor(rule, options, service) {
  let setting = options.rules?.[rule.id]?.severity ?? options.rules?.[rule.name]?.severity;
  if (service === void 0) return setting;
  for (const override of options.overrides ?? []) {
    if (!override.services.some((glob) => serviceMatches(glob, service))) continue;
    setting = override.rules[rule.id]?.severity ?? override.rules[rule.name]?.severity ?? setting;
  }
  return setting;
}
function evaluateRules(analysis, options, rules = RULES) {
  const context = {
    analysis,
    profiles: PROFILES,
    ...options.policy ? { policy: options.policy } : {}
  };
  const findings = [];
  const keys = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    for (const service of analysis.services) {
      if (service.kind !== "service") continue;
      const setting = settingFor(rule, options, service.root);
      if (setting === "off") continue;
      for (const hit of rule.check(service, context)) {
        const finding = {
          ruleId: rule.id,
          ruleName: rule.name,
          category: rule.category,
          severity: setting ?? hit.severity ?? rule.defaultSeverity,
          service: service.root,
          message: hit.message,
          fix: hit.fix ?? rule.fix,
          evidence: hit.evidence,
          fingerprint: ""
        };
        keys.set(
          finding,
          fingerprintKey(rule.id, service.root, hit.severity ?? rule.defaultSeverity)
        );
        findings.push(finding);
      }
    }
  }
  const waivers = [...options.waivers ?? [], ...analysis.inlineWaivers ?? []];
  if (waivers.length > 0) {
    const { reports } = applyWaivers(
      findings,
      waivers,
      options.today,
      (rule, service) => settingFor(rule, options, service)
    );
    for (const report2 of reports) {
      const about = report2.evidence[0]?.detail ?? "";
      keys.set(
        report2,
        `${fingerprintKey(report2.ruleId, report2.service, report2.severity)}\0${about}`
      );
      findings.push(report2);
    }
  }
  findings.sort(compareFindings2);
  const seen = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = keys.get(finding) ?? "";
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    finding.fingerprint = fnv1a64(occurrence === 1 ? key : `${key}\0${occurrence}`);
  }
  return findings;
}
function fingerprintKey(ruleId, service, severity) {
  return [ruleId, service, severity].join("\0");
}
function compareFindings2(a, b) {
  const anchorA = anchorOf2(a.evidence);
  const anchorB = anchorOf2(b.evidence);
  return severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.service, b.service) || compareStrings(anchorA?.path ?? "", anchorB?.path ?? "") || (anchorA?.line ?? 0) - (anchorB?.line ?? 0) || compareStrings(a.message, b.message);
}

// src/core/7-delta/changed-scope.ts
var CONTEXT_RULES = [
  {
    rule: sf901,
    signalFree: "A service's signals can only withdraw an SF901 hit (a strong signal its language is rated better at than the team language), and the hit's message names that team language. So when the hit on the service without its signals is the same against the base's repository and the head's, same team language, same severity, the hit on the real service is the same on both sides."
  }
];
function judgingAnalysedOnly(rules) {
  return rules.map((rule) => ({
    ...rule,
    check: (service, context) => service.counted ? [] : rule.check(service, context)
  }));
}
function affectedByContext(base, head, options = {}) {
  const out = /* @__PURE__ */ new Set();
  const context = (analysis) => ({
    analysis,
    profiles: PROFILES,
    ...options.policy ? { policy: options.policy } : {}
  });
  const baseContext = context(base.analysis);
  const headContext = context(head.analysis);
  const counted2 = head.analysis.services.filter((s) => s.counted && s.kind === "service");
  for (const service of counted2) {
    for (const { rule } of CONTEXT_RULES) {
      const before = describeHits(rule.check(service, baseContext));
      const after = describeHits(rule.check(service, headContext));
      if (before !== after) out.add(service.root);
    }
  }
  const unused = new Set(
    [...base.findings, ...head.findings].filter((f) => f.ruleId === "SF011").map((f) => evidenceKey(f.evidence[0]))
  );
  for (const waiver of options.waivers ?? []) {
    if (!unused.has(evidenceKey(waiver.evidence))) continue;
    for (const service of counted2)
      if (serviceMatches(waiver.service, service.root)) out.add(service.root);
  }
  return [...out].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function coverageOf(analysis) {
  return {
    analysed: analysis.services.filter((s) => !s.counted).map((s) => s.root),
    counted: analysis.services.filter((s) => s.counted).map((s) => s.root)
  };
}
function describeHits(hits) {
  return JSON.stringify(hits.map((h) => [h.severity ?? "", h.message]));
}
function evidenceKey(evidence) {
  return evidence ? `${evidence.path}\0${evidence.line ?? 0}` : "";
}

// src/core/7-delta/compare-with-base.ts
function baseInclude(changed, touched) {
  const everything = touched.includes(".");
  const changedSet = new Set(changed);
  const prefixes = touched.map((root) => `${root}/`);
  const ancestors = /* @__PURE__ */ new Set([""]);
  for (const path of [...changed, ...touched.map((r) => `${r}/`)]) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) ancestors.add(parts.slice(0, i).join("/"));
  }
  const include = (path) => {
    if (everything || changedSet.has(path)) return true;
    if (prefixes.some((p) => path.startsWith(p))) return true;
    const slash = path.lastIndexOf("/");
    return ancestors.has(slash < 0 ? "" : path.slice(0, slash));
  };
  if (everything) return include;
  const scope = {
    subtrees: [...touched].sort(),
    directories: [...ancestors].sort()
  };
  return Object.assign(include, { scope });
}
function touchedAtHead(changed, analysis) {
  return linkedRoots(
    touchedServices(
      changed,
      analysis.services.map((s) => s.root)
    ),
    analysis.lenders
  );
}
function compareWithBase(given, base, options = {}) {
  const changed = [...base.changedPaths];
  let head = { analysis: given.analysis, findings: [...given.findings] };
  const touchedHead = touchedAtHead(changed, head.analysis);
  const include = baseInclude(changed, touchedHead);
  const view = base.view(include);
  const partial = analyze(view, options.analyze ?? {});
  const touchedBase = touchedAtHead(changed, partial);
  const touched = [.../* @__PURE__ */ new Set([...touchedHead, ...touchedBase])];
  const touchedSet = new Set(touched);
  const counting = head.analysis.services.some((s) => s.counted);
  const rules = counting ? judgingAnalysedOnly(RULES) : RULES;
  const stitch = (headAnalysis) => ({
    ...partial,
    services: [
      ...partial.services.filter((s) => touchedSet.has(s.root)),
      ...headAnalysis.services.filter((s) => !touchedSet.has(s.root))
    ].sort((a, b) => a.root < b.root ? -1 : a.root > b.root ? 1 : 0)
  });
  let stitched = stitch(head.analysis);
  let baseFindings = evaluateRules(stitched, options.evaluate ?? {}, rules);
  const analysedRoots = /* @__PURE__ */ new Set();
  for (let round = 0; counting && options.reanalyse && round < 3; round++) {
    const affected = affectedByContext({ analysis: stitched, findings: baseFindings }, head, {
      ...options.evaluate?.policy ? { policy: options.evaluate.policy } : {},
      ...options.evaluate?.waivers ? { waivers: options.evaluate.waivers } : {}
    }).filter((root) => !analysedRoots.has(root));
    if (affected.length === 0) break;
    for (const root of affected) analysedRoots.add(root);
    head = options.reanalyse([...analysedRoots]);
    stitched = stitch(head.analysis);
    baseFindings = evaluateRules(stitched, options.evaluate ?? {}, rules);
  }
  const { delta, findings } = computeDelta(
    { services: stitched.services, findings: baseFindings },
    { services: head.analysis.services, findings: head.findings },
    { base: base.label, touched, scope: options.scope ?? "changed" }
  );
  if (counting) delta.coverage = coverageOf(head.analysis);
  return { delta, findings, baseFiles: view.files.length, head };
}

// src/core/6-decide/decide.ts
var HEADLINE_FINDINGS = 3;
function countWords(counts) {
  return SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`).join(", ");
}
function decide2(findings, failOn, scope = "all") {
  const counts = { error: 0, warning: 0, notice: 0 };
  const active = findings.filter((f) => !f.waived);
  for (const f of active) counts[f.severity] += 1;
  const waived = findings.length - active.length;
  const eligible = scope === "new" ? active.filter((f) => f.status !== "existing") : active;
  const failing = failOn === "never" ? [] : eligible.filter((f) => severityRank(f.severity) <= severityRank(failOn));
  const scoped = scope === "new" ? " new" : "";
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
    headline2 = `stackfit: ${summary} \u2014 fails on${scoped} ${failOn}: ${named.join(", ")}`;
  } else if (active.length === 0) {
    headline2 = `stackfit: ${summary}`;
  } else {
    headline2 = `stackfit: ${summary} \u2014 passes (fail-on: ${failOn}${scope === "new" ? ", new findings only" : ""})`;
  }
  return {
    conclusion,
    counts,
    failOn,
    headline: headline2,
    ...scope === "new" ? { failOnScope: scope } : {}
  };
}

// src/core/7-delta/snapshot.ts
var SNAPSHOT_FORMAT = 1;
var SNAPSHOT_LIMITS = [
  {
    what: "`.gitignore`, `.gitattributes`",
    why: "their rules apply to every directory below them",
    test: (path) => /(?:^|\/)\.git(?:ignore|attributes)$/.test(path)
  },
  {
    what: "`.stackfit.yml`, `.stackfit.yaml`",
    why: "the policy applies to the whole repository",
    test: (path) => /(?:^|\/)\.stackfit\.ya?ml$/.test(path)
  },
  {
    what: "workspace files (`go.work`, `pnpm-workspace.yaml`, \u2026)",
    why: "they make other directories units",
    test: isWorkspaceFile
  },
  {
    what: "YAML files",
    why: "a Kubernetes, Helm or Compose file describes the units it names, wherever it lies",
    test: isYamlPath
  },
  {
    what: "Dockerfiles and Containerfiles",
    why: "a build directory serves, and may be merged into, the unit it copies from",
    test: (path) => /(?:^|\/)(?:Dockerfile(?:\.[^/]*)?|[^/]*\.Dockerfile|Containerfile)$/.test(path)
  }
];
function settingsKey(options) {
  const rest = { ...options };
  delete rest.focus;
  delete rest.footprint;
  return stableJson(rest);
}
function createSnapshot(analysis, meta) {
  const kept = { ...analysis };
  delete kept.inlineWaivers;
  kept.services = analysis.services.map((s) => {
    const service = counted(s);
    delete service.counted;
    return service;
  });
  return { format: SNAPSHOT_FORMAT, ...meta, analysis: kept };
}
function headFromSnapshot(snapshot, head, changed, options, extraRoots = [], listScope) {
  const base = snapshot.analysis;
  const footprint = base.footprint ?? {};
  for (const path of changed) {
    const limit = SNAPSHOT_LIMITS.find((l) => l.test(path));
    if (limit) return { ok: false, reason: `${path} changed (${limit.why})` };
  }
  const focus = [...changed, ...extraRoots];
  const baseRoots = base.services.map((s) => s.root);
  const touched = linkedRoots(touchedServices(focus, baseRoots), base.lenders);
  if (touched.includes("."))
    return { ok: false, reason: "the repository root is a unit the change touches" };
  const tops = outermost(touched);
  const under = (path) => tops.some((root) => path === root || path.startsWith(`${root}/`));
  const outsideAll = changed.find((path) => !under(path));
  if (outsideAll !== void 0)
    return { ok: false, reason: `${outsideAll} lies outside every unit the change touches` };
  const atBase = baseInclude(changed, tops);
  const outside = new Set(touched.flatMap((root) => footprint[root]?.outside ?? []));
  const include = (path) => atBase(path) || outside.has(path);
  const dirs = new Set(atBase.scope?.directories ?? [""]);
  for (const path of outside)
    dirs.add(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
  const scoped = listScope?.({ subtrees: tops, directories: [...dirs].sort(compareStrings3) });
  const view = restrictedView(scoped ?? head, include, under);
  const partial = analyze(view, { ...options, focus, footprint: true });
  const partialFootprint = partial.footprint ?? {};
  const rootsBelow = (services2) => services2.map((s) => s.root).filter(under).join("\n");
  if (rootsBelow(partial.services) !== rootsBelow(base.services))
    return { ok: false, reason: "the change adds or removes a unit" };
  const byRoot = new Map(partial.services.map((s) => [s.root, s]));
  const baseByRoot = new Map(base.services.map((s) => [s.root, s]));
  for (const root of touched) {
    const now = byRoot.get(root);
    const before = baseByRoot.get(root);
    if (!now || !before || now.counted) return { ok: false, reason: `${root} was not analysed` };
    if (now.name !== before.name || now.kind !== before.kind || now.markers.join("\n") !== before.markers.join("\n") || buildOnly(now) !== buildOnly(before))
      return { ok: false, reason: `${root} changes its name, kind or markers` };
    if ((partial.lenders?.[root] ?? []).join("\n") !== (base.lenders?.[root] ?? []).join("\n"))
      return { ok: false, reason: `${root} changes the libraries it takes signals from` };
    const refs = partialFootprint[root]?.references ?? [];
    if (refs.join("\n") !== (footprint[root]?.references ?? []).join("\n") && !refs.every((target) => !target.startsWith("?") && under(target)))
      return { ok: false, reason: `${root} references a directory outside the change` };
    if (!sameMembers(partialFootprint[root], footprint[root]))
      return { ok: false, reason: `${root} changes the workspace members it declares` };
  }
  const touchedSet = new Set(touched);
  const services = base.services.map(
    (s) => touchedSet.has(s.root) ? byRoot.get(s.root) : counted(s)
  );
  const exclusions = [
    ...base.exclusions.filter((e) => !under(e.path)),
    ...partial.exclusions.filter((e) => under(e.path))
  ].sort((a, b) => compareStrings3(a.path, b.path) || compareStrings3(a.reason, b.reason));
  const diagnostics = sortDiagnostics([
    ...base.diagnostics.filter((d) => d.path === void 0 || !under(d.path)),
    ...partial.diagnostics.filter((d) => d.path !== void 0 && under(d.path))
  ]);
  let fileCount = base.fileCount;
  for (const root of tops)
    fileCount += (partialFootprint[root]?.counted ?? 0) - (footprint[root]?.counted ?? 0);
  const inlineWaivers = (partial.inlineWaivers ?? []).filter(
    (w) => w.service !== void 0 && touchedSet.has(w.service)
  );
  const lenders = {};
  for (const root of [...baseRoots].sort(compareStrings3)) {
    const list = touchedSet.has(root) ? partial.lenders?.[root] : base.lenders?.[root];
    if (list) lenders[root] = list;
  }
  const analysis = {
    services,
    exclusions,
    diagnostics,
    fileCount,
    ...inlineWaivers.length > 0 ? { inlineWaivers } : {},
    ...Object.keys(lenders).length > 0 ? { lenders } : {}
  };
  return { ok: true, analysis, analysed: touched, files: view.files.length };
}
function restrictedView(head, include, under) {
  const view = {
    files: head.files.filter((f) => include(f.path)),
    pruned: head.pruned.filter((e) => under(e.path)),
    diagnostics: head.diagnostics.filter((d) => d.path !== void 0 && under(d.path)),
    read: (path, max) => head.read(path, max)
  };
  const readBytes = head.readBytes?.bind(head);
  return readBytes ? { ...view, readBytes } : view;
}
function counted(s) {
  return {
    root: s.root,
    name: s.name,
    kind: s.kind,
    kindEvidence: s.kindEvidence,
    markers: s.markers,
    language: s.language,
    signals: [],
    frameworks: [],
    counted: true
  };
}
function buildOnly(s) {
  return s.kindEvidence.some((e) => e.detail === BUILD_ONLY_DETAIL);
}
function sameMembers(a, b) {
  return (a?.workspaceMembers ?? []).join("\n") === (b?.workspaceMembers ?? []).join("\n");
}
function outermost(roots) {
  return [...roots].sort(compareStrings3).filter((root) => !roots.some((other) => root.startsWith(`${other}/`)));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stableJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareStrings3(a, b))) : v
  );
}

// src/config/resolve-policy.ts
import * as posix4 from "node:path/posix";

// stackfit-lazy:src/config/config-validator.generated.js
import { createRequire as createRequire4 } from "node:module";
var require4 = createRequire4(import.meta.url);
function load3() {
  const real = require4("../lazy/policy-validator.cjs")["src/config/config-validator.generated.js"];
  validate = real.validate;
}
var validate = function(...args) {
  load3();
  return new.target ? Reflect.construct(validate, args) : Reflect.apply(validate, this, args);
};

// src/config/did-you-mean.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closest(word, candidates) {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const hit = closest(word, candidates);
  return hit !== void 0 ? ` (did you mean "${hit}"?)` : "";
}

// src/config/located-yaml.ts
function firstLine2(message) {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
function parseLocatedYaml(text3) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text3, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at2 = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((e) => ({
    position: at2(e.pos[0]),
    message: firstLine2(e.message)
  }));
  let data = null;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({
        position: { line: 1, column: 1 },
        message: error instanceof Error ? error.message : String(error)
      });
    }
  }
  const positionOf = (path, options = {}) => {
    let node = doc.contents;
    let keyNode;
    let best = { line: 1, column: 1 };
    const startOf = (n) => {
      const range = n?.range;
      return range ? at2(range[0]) : void 0;
    };
    best = startOf(node) ?? best;
    for (const segment of path) {
      keyNode = void 0;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
        );
        if (!pair) return best;
        keyNode = pair.key;
        node = pair.value;
        best = startOf(node) ?? startOf(keyNode) ?? best;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
        best = startOf(node) ?? best;
      } else {
        return best;
      }
    }
    if (options.key && keyNode) return startOf(keyNode) ?? best;
    return best;
  };
  return { data, errors, positionOf };
}

// src/config/parse-config.ts
var PRESET_NAMES = ["recommended", "strict"];
function displayPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "the file" : out;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const out = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Array.isArray(node) ? Number(segment) : segment;
    out.push(key);
    node = node?.[key];
  }
  return out;
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path)
    node = node?.[segment];
  return node;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}
function shown(value) {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value);
}
var ALL_RULE_KEYS = RULES.flatMap((r) => [r.id, r.name]);
var SEVERITY_WORDS = "error, warning, notice or off";
function describe(error, data) {
  const path = pointerToPath(error.instancePath, data);
  const where2 = displayPath(path);
  const value = valueAt(data, path);
  const params = error.params;
  const description = error.parentSchema?.description;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const allowed = Object.keys(
        error.parentSchema.properties ?? {}
      ).filter((k) => k !== "$schema");
      return {
        path: [...path, key],
        key: true,
        message: `unknown key "${key}" in ${where2}${didYouMean(key, allowed)}; accepted: ${allowed.join(", ")}`
      };
    }
    case "required":
      return {
        path,
        message: `${where2} needs "${String(params["missingProperty"])}"`
      };
    case "enum": {
      const allowed = params["allowedValues"].map(String);
      return {
        path,
        message: `${where2} must be one of ${allowed.join(", ")} (got ${shown(value)})${typeof value === "string" ? didYouMean(value, allowed) : ""}`
      };
    }
    case "propertyNames":
      return void 0;
    // the nested enum error says which name is wrong
    case "type":
      return {
        path,
        message: `${where2} must be ${params["type"] === "array" ? "a list" : params["type"] === "object" ? "a mapping" : `a ${String(params["type"])}`} (got ${typeName(value)})`
      };
    case "minLength":
    case "minItems":
    case "minProperties":
      return { path, message: `${where2} must not be empty` };
    case "exclusiveMinimum":
      return { path, message: `${where2} must be greater than 0 (got ${shown(value)})` };
    case "uniqueItems":
      return { path, message: `${where2} lists the same entry twice` };
    case "pattern":
      return {
        path,
        message: `${where2} is not valid (got ${shown(value)})${description ? `: ${description}` : ""}`
      };
    default:
      return { path, message: `${where2} ${error.message ?? "is not valid"}` };
  }
}
function schemaErrors(raw, data, yaml, file) {
  const oneOfPaths = new Set(raw.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of raw) {
    let described;
    const settingPath = [...oneOfPaths].find(
      (p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`)
    );
    if (settingPath !== void 0) {
      const path = pointerToPath(settingPath, data);
      const value = valueAt(data, path);
      const isObject2 = typeof value === "object" && value !== null && !Array.isArray(value);
      if (isObject2 && error.instancePath !== settingPath) described = describe(error, data);
      else if (isObject2 && (error.keyword === "required" || error.keyword === "additionalProperties"))
        described = describe(error, data);
      else if (!isObject2)
        described = {
          path,
          message: `${displayPath(path)} must be one of ${SEVERITY_WORDS}, or a mapping with "severity" (got ${shown(value)})`
        };
    } else if (error.keyword === "enum" && error.propertyName !== void 0) {
      const name = error.propertyName;
      const path = pointerToPath(error.instancePath, data);
      const allowed = error.params.allowedValues.map(String);
      described = {
        path: [...path, name],
        key: true,
        message: `unknown key "${name}" in ${displayPath(path)}${didYouMean(name, allowed)}; accepted: ${allowed.join(", ")}`
      };
    } else {
      described = describe(error, data);
    }
    if (!described) continue;
    const position = yaml.positionOf(described.path, { key: described.key ?? false });
    const key = `${position.line}:${position.column}:${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, ...position, message: described.message });
  }
  return out;
}
function isRealDate(text3) {
  const [y, m, d] = text3.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asRecord = (v) => isRecord(v) ? v : {};
var asList = (v) => Array.isArray(v) ? v : [];
function semanticErrors(data, yaml, file) {
  const config = asRecord(data);
  const out = [];
  const push = (path, message, key = false) => {
    out.push({ file, ...yaml.positionOf(path, { key }), message });
  };
  const checkRuleKey = (path, name, key) => {
    if (ALL_RULE_KEYS.includes(name)) return;
    const what = key ? `unknown rule "${name}" in ${displayPath(path.slice(0, -1))}` : `${displayPath(path)} names an unknown rule "${name}"`;
    push(
      path,
      `${what}${didYouMean(name, ALL_RULE_KEYS)}; rules are named by id (SF101) or name (ai-ml-outside-python)`,
      key
    );
  };
  if (typeof config["extends"] === "string") {
    const value = config["extends"];
    const isFile = /\.ya?ml$/i.test(value);
    if (!isFile && !PRESET_NAMES.includes(value))
      push(
        ["extends"],
        `extends must be ${PRESET_NAMES.join(" or ")}, or a .yml/.yaml file in the repository (got "${value}")${didYouMean(value, PRESET_NAMES)}`
      );
  }
  for (const name of Object.keys(asRecord(config["rules"])))
    checkRuleKey(["rules", name], name, true);
  asList(config["overrides"]).forEach((o, i) => {
    for (const name of Object.keys(asRecord(asRecord(o)["rules"])))
      checkRuleKey(["overrides", i, "rules", name], name, true);
  });
  asList(config["waivers"]).forEach((w, i) => {
    const rule = asRecord(w)["rule"];
    const expires = asRecord(w)["expires"];
    if (typeof rule === "string" && rule !== "") checkRuleKey(["waivers", i, "rule"], rule, false);
    if (typeof expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isRealDate(expires))
      push(
        ["waivers", i, "expires"],
        `waivers[${i}].expires is not a calendar date (got "${expires}")`
      );
  });
  const checkLanguages = (path, languages) => {
    asList(languages).forEach((language, i) => {
      if (typeof language === "string" && language !== "" && languageByAlias(language) === void 0)
        push(
          [...path, i],
          `${displayPath([...path, i])} is not a known programming language (got "${language}")`
        );
    });
  };
  const policy = asRecord(config["policy"]);
  checkLanguages(["policy", "languages"], policy["languages"]);
  for (const [category, entry] of Object.entries(asRecord(policy["placement"])))
    checkLanguages(["policy", "placement", category, "languages"], asRecord(entry)["languages"]);
  asList(config["signals"]).forEach((entry, i) => {
    const signal = asRecord(entry)["signal"];
    if (typeof signal !== "string" || !signal.includes(".")) return;
    const category = signal.slice(0, signal.indexOf("."));
    if (!CATEGORIES.includes(category))
      push(
        ["signals", i, "signal"],
        `signals[${i}].signal must start with a workload category (${CATEGORIES.join(", ")}) (got "${signal}")${didYouMean(category, CATEGORIES)}`
      );
  });
  return out;
}
function normaliseLanguage(name) {
  const language = languageByAlias(name);
  return language === void 0 ? name.toLowerCase() : languageId(language);
}
function parseConfig(text3, file) {
  const yaml = parseLocatedYaml(text3);
  if (yaml.errors.length > 0)
    return {
      ok: false,
      errors: yaml.errors.map((e) => ({ file, ...e.position, message: `YAML: ${e.message}` }))
    };
  const data = yaml.data ?? {};
  const errors = [
    ...validate(data) ? [] : schemaErrors(validate.errors ?? [], data, yaml, file),
    ...semanticErrors(data, yaml, file)
  ];
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, errors };
  }
  return { ok: true, config: data };
}
function configLines(text3) {
  const yaml = parseLocatedYaml(text3);
  return (path) => yaml.positionOf(path).line;
}

// src/config/presets.ts
var PRESETS = [
  {
    name: "recommended",
    description: "The guide's rules at their built-in severities (warning and notice: advice that does not fail the default `fail-on: error`).",
    config: {}
  },
  {
    name: "strict",
    description: "The guide's mismatches are errors: SF101, SF201, SF301, SF302, SF401, SF402 and SF501 report at `error`; SF901 (lone language) stays a notice.",
    config: {
      rules: {
        SF101: "error",
        SF201: "error",
        SF301: "error",
        SF302: "error",
        SF401: "error",
        SF402: "error",
        SF501: "error"
      }
    }
  }
];
function findPreset(name) {
  return PRESETS.find((p) => p.name === name);
}

// src/config/resolve-policy.ts
var CONFIG_FILE_NAMES = [".stackfit.yml", ".stackfit.yaml"];
var REQUIREMENT_KEYS = {
  "latency-budget-ms": "latencyBudgetMs",
  "requests-per-second": "requestsPerSecond",
  "memory-budget-mb": "memoryBudgetMb",
  "single-binary": "singleBinary"
};
function severityOf(value) {
  return typeof value === "string" ? value : value.severity;
}
function ruleSettings(rules) {
  const out = {};
  for (const [key, value] of Object.entries(rules ?? {})) out[key] = { severity: severityOf(value) };
  return out;
}
function clean(path) {
  return path.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
}
function toLayer(config, name, lineOf) {
  const at2 = (path) => lineOf ? `${name}:${lineOf(path)}` : name;
  const layer = {
    name,
    discovery: config.discovery ?? {},
    rules: ruleSettings(config.rules),
    overrides: (config.overrides ?? []).map((o) => ({
      services: o.services.map(clean),
      rules: ruleSettings(o.rules)
    })),
    placement: {},
    requirements: /* @__PURE__ */ new Map(),
    signals: (config.signals ?? []).map((s) => ({
      ecosystem: s.ecosystem,
      signal: s.signal,
      strength: s.strength ?? "strong",
      packages: [...s.packages],
      ...s.imports ? { imports: [...s.imports] } : {}
    })),
    waivers: (config.waivers ?? []).map((w, i) => {
      const line = lineOf ? lineOf(["waivers", i]) : void 0;
      return {
        rule: w.rule,
        ...w.service !== void 0 ? { service: clean(w.service) } : {},
        reason: w.reason.trim(),
        ...w.owner !== void 0 ? { owner: w.owner } : {},
        ...w.expires !== void 0 ? { expires: w.expires } : {},
        source: at2(["waivers", i]),
        evidence: {
          path: name,
          ...line !== void 0 ? { line } : {},
          detail: `waiver for ${w.rule}${w.service !== void 0 ? ` in ${clean(w.service)}` : ""}`
        }
      };
    })
  };
  if (config["fail-on"] !== void 0) layer.failOn = config["fail-on"];
  const policy = config.policy ?? {};
  if (policy.languages)
    layer.languages = {
      list: [...new Set(policy.languages.map(normaliseLanguage))],
      source: at2(["policy", "languages"])
    };
  for (const [category, entry] of Object.entries(policy.placement ?? {})) {
    if (!entry) continue;
    layer.placement[category] = {
      category,
      languages: [...new Set(entry.languages.map(normaliseLanguage))],
      evidence: entry.evidence ?? "strong"
    };
  }
  if (policy["split-mixed-workloads"] !== void 0) layer.split = policy["split-mixed-workloads"];
  for (const [service, entry] of Object.entries(config.requirements ?? {})) {
    const root = clean(service);
    const declared = { service: root, requirements: {}, at: {} };
    for (const [key, field] of Object.entries(REQUIREMENT_KEYS)) {
      const value = entry[key];
      if (value === void 0) continue;
      declared.requirements[field] = value;
      if (lineOf) declared.at[field] = { path: name, line: lineOf(["requirements", service, key]) };
    }
    layer.requirements.set(root, declared);
  }
  return layer;
}
function merge2(base, top) {
  const requirements = new Map(base.requirements);
  for (const [root, declared] of top.requirements) {
    const below = requirements.get(root);
    requirements.set(
      root,
      below ? {
        service: root,
        requirements: { ...below.requirements, ...declared.requirements },
        at: { ...below.at, ...declared.at }
      } : declared
    );
  }
  const languages = top.languages ?? base.languages;
  const split = top.split ?? base.split;
  const failOn = top.failOn ?? base.failOn;
  return {
    name: top.name,
    ...failOn !== void 0 ? { failOn } : {},
    discovery: { ...base.discovery, ...top.discovery },
    rules: { ...base.rules, ...top.rules },
    overrides: [...base.overrides, ...top.overrides],
    ...languages ? { languages } : {},
    placement: { ...base.placement, ...top.placement },
    ...split !== void 0 ? { split } : {},
    requirements,
    signals: [...base.signals, ...top.signals],
    waivers: [...base.waivers, ...top.waivers]
  };
}
function toPolicy(layer, layers) {
  const discover = {};
  const d = layer.discovery;
  if (d.include?.length) discover.include = d.include.map(clean);
  const exclude = [
    ...(d.exclude ?? []).map(clean),
    ...(d.skip ?? []).flatMap((dir) => [clean(dir), `${clean(dir)}/**`])
  ];
  if (exclude.length > 0) discover.exclude = exclude;
  if (d.services?.length) discover.services = d.services.map(clean);
  if (d["only-listed"] === true) discover.onlyListed = true;
  const analyze2 = {};
  if (Object.keys(discover).length > 0) analyze2.discover = discover;
  if (layer.signals.length > 0) analyze2.detect = { customSignals: layer.signals };
  if (layer.requirements.size > 0) analyze2.declared = [...layer.requirements.values()];
  const policy = {};
  if (layer.languages) {
    policy.languages = layer.languages.list;
    policy.source = layer.languages.source;
  }
  const placement = Object.values(layer.placement).filter((p) => p !== void 0);
  if (placement.length > 0) policy.placement = placement;
  if (layer.split !== void 0) policy.splitMixedWorkloads = layer.split;
  const evaluate2 = {};
  if (Object.keys(layer.rules).length > 0) evaluate2.rules = layer.rules;
  if (layer.overrides.length > 0) evaluate2.overrides = layer.overrides;
  if (Object.keys(policy).length > 0) evaluate2.policy = policy;
  if (layer.waivers.length > 0) evaluate2.waivers = layer.waivers;
  return {
    ...layer.failOn !== void 0 ? { failOn: layer.failOn } : {},
    analyze: analyze2,
    evaluate: evaluate2,
    layers
  };
}
function defaultPolicy() {
  return { analyze: {}, evaluate: {}, layers: ["preset:recommended"] };
}
function resolvePolicy(entry, read) {
  const errors = [];
  const layers = [];
  const names = [];
  const visit = (file, chain) => {
    const parsed = parseConfig(file.text, file.path);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    const config = parsed.config;
    const lineOf = configLines(file.text);
    const base = config.extends ?? "recommended";
    const preset = findPreset(base);
    if (preset) {
      layers.push(toLayer(preset.config, `preset:${preset.name}`));
      names.push(`preset:${preset.name}`);
    } else {
      const target = posix4.normalize(posix4.join(posix4.dirname(file.path), base));
      const position = { file: file.path, line: lineOf(["extends"]), column: 1 };
      if (chain.includes(target)) {
        errors.push({
          ...position,
          message: `extends "${base}" makes a cycle: ${[...chain, target].join(" \u2192 ")}`
        });
        return;
      }
      const text3 = read(target);
      if (text3 === void 0) {
        errors.push({
          ...position,
          message: `extends "${base}": no such file (looked for ${target})`
        });
        return;
      }
      visit({ path: target, text: text3 }, [...chain, target]);
    }
    layers.push(toLayer(config, file.path, lineOf));
    names.push(file.path);
  };
  visit(entry, [posix4.normalize(entry.path)]);
  if (errors.length > 0) return { ok: false, errors };
  const merged = layers.reduce((base, top) => merge2(base, top));
  return { ok: true, policy: toPolicy(merged, names) };
}

// src/config/load-policy.ts
var MAX_CONFIG_BYTES = 256 * 1024;
function viewReader(view) {
  return (path) => {
    const result2 = view.read(path, MAX_CONFIG_BYTES + 1);
    return result2.ok && !result2.truncated ? result2.text : void 0;
  };
}
function findPolicyFile(view) {
  const read = viewReader(view);
  const found = [];
  for (const path of CONFIG_FILE_NAMES) {
    const text3 = read(path);
    if (text3 !== void 0) found.push({ path, text: text3 });
  }
  if (found.length > 1)
    return {
      ok: false,
      errors: [
        {
          file: found[1]?.path ?? "",
          line: 1,
          column: 1,
          message: `both ${CONFIG_FILE_NAMES.join(" and ")} exist; keep one`
        }
      ]
    };
  return found[0] ? { ok: true, file: found[0] } : { ok: true };
}
function loadPolicy(view, file, read = viewReader(view)) {
  if (file) return resolvePolicy(file, read);
  const found = findPolicyFile(view);
  if (!found.ok) return found;
  if (!found.file) return { ok: true, policy: defaultPolicy() };
  return resolvePolicy(found.file, read);
}

// src/config/types.ts
function formatConfigError(error) {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

// src/config/apply-policy.ts
var PolicyError = class extends Error {
  errors;
  constructor(errors) {
    super(
      `the policy file has ${errors.length} error${errors.length === 1 ? "" : "s"}:
${errors.map(formatConfigError).join("\n")}`
    );
    this.name = "PolicyError";
    this.errors = errors;
  }
};
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function withPolicy(options, view) {
  let policy;
  if (options.policy === "none") policy = void 0;
  else if (options.policy) policy = options.policy;
  else {
    const loaded = loadPolicy(view);
    if (!loaded.ok) throw new PolicyError(loaded.errors);
    policy = loaded.policy;
  }
  const analyze2 = { ...policy?.analyze, ...options.analyze };
  const rules = { ...policy?.evaluate.rules, ...options.evaluate?.rules };
  const evaluate2 = {
    ...policy?.evaluate,
    ...options.evaluate,
    ...Object.keys(rules).length > 0 ? { rules } : {}
  };
  if (evaluate2.today === void 0 && options.now) evaluate2.today = utcDay(options.now);
  return { ...options, analyze: analyze2, evaluate: evaluate2 };
}

// src/engine.ts
function runStackfit(given, ports) {
  return finishRun(startRun(given, ports), ports);
}
function startRun(given, ports) {
  const options = withPolicy(given, ports.repo);
  const focus = ports.base && (options.scope ?? "changed") === "changed" ? ports.base.changedPaths : void 0;
  if (focus && options.snapshot) {
    const why = unusable(options.snapshot, options, ports.base?.commit);
    const fromSnapshot = why ? { ok: false, reason: why } : headFromSnapshot(
      options.snapshot,
      ports.repo,
      focus,
      options.analyze ?? {},
      [],
      ports.headIn
    );
    if (fromSnapshot.ok)
      return {
        options,
        analysis: fromSnapshot.analysis,
        findings: evaluate(fromSnapshot.analysis, options, true),
        from: options.snapshot,
        snapshotUse: {
          used: true,
          analysed: fromSnapshot.analysed.length,
          files: fromSnapshot.files
        }
      };
    return {
      options,
      ...analyseHead(ports.repo, options, focus),
      snapshotUse: { used: false, reason: fromSnapshot.reason }
    };
  }
  const footprint = !ports.base && options.snapshotCommit !== void 0;
  return { options, ...analyseHead(ports.repo, options, focus, footprint) };
}
function unusable(snapshot, options, commit) {
  if (snapshot.tool !== VERSION) return `it was written by stackfit ${snapshot.tool}`;
  if (commit === void 0 || snapshot.commit !== commit)
    return `it is of commit ${snapshot.commit}, not of the base`;
  if (snapshot.settings !== settingsKey(options.analyze ?? {}))
    return "it was made with other settings";
  return void 0;
}
function analyseHead(repo, options, focus, footprint = false) {
  const analysis = analyze(repo, {
    ...options.analyze,
    ...focus ? { focus } : {},
    ...footprint ? { footprint } : {}
  });
  return { analysis, findings: evaluate(analysis, options, focus !== void 0) };
}
function evaluate(analysis, options, changedScope) {
  const rules = changedScope ? judgingAnalysedOnly(RULES) : RULES;
  return evaluateRules(analysis, options.evaluate ?? {}, rules);
}
function finishRun(head, ports) {
  const { options } = head;
  let { analysis, findings } = head;
  const base = ports.base;
  const scope = options.scope ?? "changed";
  const compared = base ? compareWithBase({ analysis, findings }, base, {
    ...options.analyze ? { analyze: options.analyze } : {},
    ...options.evaluate ? { evaluate: options.evaluate } : {},
    scope,
    ...scope === "changed" ? {
      reanalyse: (roots) => {
        if (head.from) {
          const again = headFromSnapshot(
            head.from,
            ports.repo,
            base.changedPaths,
            options.analyze ?? {},
            roots,
            ports.headIn
          );
          if (again.ok)
            return {
              analysis: again.analysis,
              findings: evaluate(again.analysis, options, true)
            };
        }
        return analyseHead(ports.repo, options, [...base.changedPaths, ...roots]);
      }
    } : {}
  }) : void 0;
  if (compared) {
    analysis = compared.head.analysis;
    findings = compared.findings;
  }
  const verdict = decide2(
    findings,
    options.failOn,
    options.failOnScope ?? (compared ? "new" : "all")
  );
  const report2 = buildReport(analysis, findings, verdict, {
    version: VERSION,
    root: options.rootLabel ?? "."
  });
  if (compared) report2.delta = compared.delta;
  const snapshot = !base && options.snapshotCommit !== void 0 ? createSnapshot(analysis, {
    tool: VERSION,
    settings: settingsKey(options.analyze ?? {}),
    commit: options.snapshotCommit
  }) : void 0;
  return {
    analysis,
    findings,
    verdict,
    report: report2,
    ...snapshot ? { snapshot } : {},
    ...head.snapshotUse ? { snapshotUse: head.snapshotUse } : {}
  };
}

// src/cli/explain.ts
var ESC = "\x1B[";
var KIND_LABEL = {
  service: "a service",
  library: "a library",
  frontend: "a frontend",
  sample: "a sample app",
  docs: "a documentation site",
  infra: "an infrastructure image"
};
function paint(on, code3, text3) {
  return on ? `${ESC}${code3}m${text3}${ESC}0m` : text3;
}
var clean2 = escapeControl;
function where(e) {
  return e.line !== void 0 ? `${e.path}:${e.line}` : e.path;
}
function renderExplain(service, report2, options) {
  const c = options.color;
  const out = [];
  out.push(paint(c, "1", `${clean2(service.name)} (${clean2(service.root)})`));
  out.push(`  kind: ${service.kind}`);
  for (const e of service.kindEvidence)
    out.push(`    because ${clean2(e.detail)} \u2014 ${clean2(where(e))}`);
  out.push(`  markers: ${service.markers.map(clean2).join(", ") || "none"}`);
  const shares = service.language.shares.map((s) => `${s.id} ${(s.share * 100).toFixed(1)}%`).join(", ");
  out.push(`  language: ${service.language.id}${shares ? ` (${shares})` : ""}`);
  for (const e of service.language.evidence) out.push(`    because ${clean2(e.detail)}`);
  out.push("");
  out.push(paint(c, "1", "Frameworks"));
  if (service.frameworks.length === 0) out.push("  none detected");
  for (const f of service.frameworks) {
    out.push(`  ${f.name} (${f.role}, ${f.model})`);
    for (const e of f.evidence) out.push(`    ${clean2(where(e))}  ${clean2(e.detail)}`);
  }
  out.push("");
  out.push(paint(c, "1", "Signals"));
  if (service.signals.length === 0) out.push("  none detected");
  for (const s of service.signals) {
    out.push(`  ${s.id} [${s.category}, ${s.strength}]`);
    for (const e of s.evidence) out.push(`    ${clean2(where(e))}  ${clean2(e.detail)}`);
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
        out.push(`${head}: ${sev}${f.waived ? " (waived)" : ""} \u2014 ${clean2(f.message)}`);
        for (const e of f.evidence) out.push(`      ${clean2(where(e))}  ${clean2(e.detail)}`);
        out.push(`      fix: ${clean2(f.fix)}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

// src/adapters/policy-file.ts
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { resolve as resolve5 } from "node:path";
function readSmallFile(path) {
  try {
    if (statSync3(path).size > MAX_CONFIG_BYTES) return void 0;
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
function loadPolicyFile(repo, base, config) {
  let loaded;
  if (config !== void 0) {
    const text3 = readSmallFile(resolve5(base, config.path));
    if (text3 === void 0) return { ok: false, missing: true };
    loaded = loadPolicy(
      repo,
      { path: config.label ?? config.path, text: text3 },
      (path) => readSmallFile(resolve5(base, path))
    );
  } else {
    loaded = loadPolicy(repo);
  }
  if (loaded.ok) return { ok: true, policy: loaded.policy };
  return { ok: false, missing: false, errors: loaded.errors.map(formatConfigError) };
}

// src/cli/policy.ts
function optionGiven(argv, name) {
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  return options.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
}
function loadCliPolicy(config, repo, cwd) {
  const loaded = loadPolicyFile(repo, cwd, config !== void 0 ? { path: config } : void 0);
  if (loaded.ok) return { ok: true, policy: loaded.policy };
  if (loaded.missing)
    return {
      ok: false,
      lines: [
        `stackfit: --config ${config}: no such file, or larger than ${MAX_CONFIG_BYTES} bytes`
      ]
    };
  const n = loaded.errors.length;
  return {
    ok: false,
    lines: [
      `stackfit: the policy has ${n} error${n === 1 ? "" : "s"}; nothing was scanned:`,
      ...loaded.errors
    ]
  };
}

// src/cli/progress.ts
var PROGRESS_DELAY_MS = 1e3;
var PROGRESS_INTERVAL_MS = 100;
var formatCount = (n) => n.toLocaleString("en-US");
function createProgress(options) {
  if (!options.enabled) {
    const nothing = () => void 0;
    return { walked: nothing, walkDone: nothing, read: nothing, done: nothing };
  }
  const delay = options.delayMs ?? PROGRESS_DELAY_MS;
  const interval = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const started = options.now();
  let lastDraw = -Infinity;
  let drawnWidth = 0;
  let walked = 0;
  let walking = true;
  let reads = 0;
  const text3 = () => walking ? `stackfit: walking\u2026 ${formatCount(walked)} files` : `stackfit: ${formatCount(walked)} files walked \xB7 ${formatCount(reads)} read \xB7 analysing\u2026`;
  const draw = (force) => {
    const now = options.now();
    if (now - started < delay) return;
    if (!force && now - lastDraw < interval) return;
    lastDraw = now;
    const line = text3();
    if (options.color) {
      options.write(`\r\x1B[2K\x1B[2m${line}\x1B[22m`);
    } else {
      options.write(`\r${line}${" ".repeat(Math.max(0, drawnWidth - line.length))}`);
    }
    drawnWidth = Math.max(drawnWidth, line.length);
  };
  return {
    walked(files) {
      walked = files;
      draw(false);
    },
    walkDone(files) {
      walked = files;
      walking = false;
      draw(true);
    },
    read() {
      reads++;
      draw(false);
    },
    done() {
      if (drawnWidth === 0) return;
      options.write(options.color ? "\r\x1B[2K" : `\r${" ".repeat(drawnWidth)}\r`);
      drawnWidth = 0;
    }
  };
}
function withReadProgress(view, progress) {
  const readBytes = view.readBytes?.bind(view);
  return {
    ...view,
    read(path, maxBytes) {
      progress.read();
      return view.read(path, maxBytes);
    },
    ...readBytes ? {
      readBytes(path, maxBytes) {
        progress.read();
        return readBytes(path, maxBytes);
      }
    } : {}
  };
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
      case "help":
        io.stdout(quickAnswer(argv) ?? "");
        return ExitCode.Ok;
      case "rules":
        io.stdout(renderRules(command.format));
        return ExitCode.Ok;
      case "scan":
        return scan(command, io, optionGiven(argv, "fail-on"));
      case "explain":
        return explain(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stackfit: ${error.message}
`);
      return ExitCode.Usage;
    }
    if (error instanceof PolicyError) {
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
  const root = resolve6(io.cwd, dir);
  let stat;
  try {
    stat = statSync4(root);
  } catch {
    throw new UsageError(`no such directory: ${dir}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  return root;
}
function scan(command, io, failOnGiven = false) {
  const root = scanRoot(io, command.dir);
  const outputPath = command.output !== void 0 ? resolve6(io.cwd, command.output) : void 0;
  if (outputPath !== void 0 && existsSync(outputPath) && statSync4(outputPath).isDirectory()) {
    throw new UsageError(`--output is a directory: ${command.output}`);
  }
  if (command.lowMemory) io.lowMemory?.();
  const progress = createProgress({
    enabled: !command.quiet && io.stderrIsTTY,
    write: (text3) => io.stderr(text3),
    now: () => io.now(),
    color: useColor(io, command.color, io.stderrIsTTY)
  });
  const walk = createFsRepoView(root, { onProgress: (files) => progress.walked(files) });
  progress.walkDone(walk.files.length);
  const repo = withReadProgress(walk, progress);
  let base;
  if (command.base !== void 0) {
    const resolved = createGitBase(root, command.base);
    if (!resolved.ok) progress.done();
    if (!resolved.ok) throw new UsageError(`--base ${command.base}: ${resolved.message}`);
    base = resolved.port;
  }
  const policy = loadCliPolicy(command.config, repo, io.cwd);
  if (!policy.ok) {
    progress.done();
    io.stderr(policy.lines.join("\n") + "\n");
    return ExitCode.Usage;
  }
  const result2 = runStackfitWith(
    progress,
    {
      // --fail-on wins over the policy file's fail-on, which wins over the default.
      failOn: failOnGiven ? command.failOn : policy.policy.failOn ?? command.failOn,
      policy: policy.policy,
      now: io.date?.() ?? /* @__PURE__ */ new Date(),
      rootLabel: command.dir,
      ...command.failOnScope !== void 0 ? { failOnScope: command.failOnScope } : {},
      ...command.scope !== void 0 ? { scope: command.scope } : {}
    },
    { repo, ...base ? { base } : {} }
  );
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
function runStackfitWith(progress, ...args) {
  try {
    return runStackfit(...args);
  } finally {
    progress.done();
  }
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
    return statSync4(path).isDirectory();
  } catch {
    return false;
  }
}
function writeAtomically(path, body) {
  mkdirSync(dirname5(path), { recursive: true });
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
  const underRoot = resolve6(root, command.service);
  const target = isDirectory(underRoot) ? underRoot : resolve6(io.cwd, command.service);
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
export {
  ExitCode,
  main
};
//# sourceMappingURL=main-CX235FWR.js.map
