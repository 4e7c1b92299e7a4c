var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lazy-policy-validator.js
var lazy_policy_validator_exports = {};
__export(lazy_policy_validator_exports, {
  "src/config/config-validator.generated.js": () => config_validator_generated_exports
});
module.exports = __toCommonJS(lazy_policy_validator_exports);

// src/config/config-validator.generated.js
var config_validator_generated_exports = {};
__export(config_validator_generated_exports, {
  default: () => config_validator_generated_default,
  validate: () => validate
});
var validate = validate20;
var config_validator_generated_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/stackfit/stackfit/blob/main/schema/stackfit.schema.json", "title": "stackfit policy file (.stackfit.yml)", "description": "The team's policy: which rules apply and how severely, which languages and placements are allowed, what each service declares, and the waivers with their reasons.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, for editors. Ignored by stackfit." }, "extends": { "type": "string", "minLength": 1, "description": "A built-in preset (`recommended`, `strict`) or a repository file (`./policy/base.yml`) whose settings this file builds on.", "default": "recommended" }, "fail-on": { "enum": ["error", "warning", "notice", "never"], "description": "Least severe finding that fails the run. The `--fail-on` flag and the `fail-on` input win over it.", "default": "error" }, "discovery": { "type": "object", "additionalProperties": false, "description": "Which directories are services.", "properties": { "include": { "$ref": "#/$defs/globs", "description": "Globs on unit roots: only matching units are scanned." }, "exclude": { "$ref": "#/$defs/globs", "description": "Globs on unit roots: matching units are not scanned (reported as excluded by config)." }, "skip": { "$ref": "#/$defs/paths", "description": "Directories to leave out of the scan, with everything below them." }, "services": { "$ref": "#/$defs/paths", "description": "Directories that are services, also without a manifest or entry point of their own (their kind is `service`)." }, "only-listed": { "type": "boolean", "description": "With `true`, the directories in `services` are the only services: every other unit is excluded (reported as excluded by config)." } } }, "rules": { "$ref": "#/$defs/ruleSettings", "description": "Severity per rule, by id (`SF101`) or name (`ai-ml-outside-python`): `error`, `warning`, `notice` or `off`." }, "overrides": { "type": "array", "description": "Rule settings for the services whose root matches one of the globs; later entries win.", "items": { "type": "object", "additionalProperties": false, "required": ["services", "rules"], "properties": { "services": { "$ref": "#/$defs/globs", "description": "Globs on service roots." }, "rules": { "$ref": "#/$defs/ruleSettings", "description": "As the top-level `rules`." } } } }, "policy": { "type": "object", "additionalProperties": false, "description": "The team's own rules (SF001-SF099), enforced as `error` unless `rules` says otherwise.", "properties": { "languages": { "$ref": "#/$defs/languages", "description": "The languages services may be written in (SF001)." }, "placement": { "type": "object", "description": "Per workload category, the languages that work may live in (SF002).", "propertyNames": { "enum": ["ai-ml", "data", "concurrency", "latency", "resource", "deployment", "prototype"] }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["languages"], "properties": { "languages": { "$ref": "#/$defs/languages", "description": "The languages this work may live in." }, "evidence": { "enum": ["strong", "any"], "description": "How strong a signal must be to count: `strong` (default) or `any`.", "default": "strong" } } } }, "split-mixed-workloads": { "type": "boolean", "description": "A service that mixes heavy AI work with a high-traffic API must be split (SF003).", "default": false } } }, "requirements": { "type": "object", "description": "What code cannot show, per service root: each declared requirement becomes strong evidence for the matching signal.", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "latency-budget-ms": { "type": "number", "exclusiveMinimum": 0, "description": "p99 latency budget in milliseconds; 100 or less is `latency.low-latency`." }, "requests-per-second": { "type": "number", "exclusiveMinimum": 0, "description": "Expected peak request rate; 1000 or more is `concurrency.high-throughput`." }, "memory-budget-mb": { "type": "number", "exclusiveMinimum": 0, "description": "Memory budget per instance in MiB; 256 or less is `resource.tight-limits`." }, "single-binary": { "type": "boolean", "description": "Must ship as a single static binary: `deployment.single-binary`." } } } }, "signals": { "type": "array", "description": "Extra dependency or import names that count as a signal (in-house ML clients, internal realtime frameworks).", "items": { "type": "object", "additionalProperties": false, "required": ["ecosystem", "signal", "packages"], "properties": { "ecosystem": { "enum": ["pypi", "go", "npm", "cargo", "maven", "nuget", "rubygems", "packagist", "hex"], "description": "The package ecosystem the names belong to." }, "signal": { "type": "string", "pattern": "^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$", "description": "A built-in signal id (`ai-ml.llm-client`) or a new `category.trait` id." }, "strength": { "enum": ["strong", "weak"], "default": "strong", "description": "How much a match weighs: rules act on strong evidence, weak evidence only supports." }, "packages": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Dependency names as declared in manifests." }, "imports": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Module names as imported in source." } } } }, "waivers": { "type": "array", "description": "Accepted findings. A waived finding is still reported, as waived, and does not count toward the verdict.", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "Rule id or name." }, "service": { "type": "string", "minLength": 1, "description": "Glob on service roots; every service when absent." }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Why the finding is accepted." }, "owner": { "type": "string", "minLength": 1, "description": "Who answers for it." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding counts again and SF010 reports the expiry." } } } } }, "$defs": { "globs": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^/]" } }, "languages": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "severity": { "enum": ["error", "warning", "notice", "off"] }, "ruleSettings": { "type": "object", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "required": ["severity"], "properties": { "severity": { "$ref": "#/$defs/severity" } } }] } } } };
var schema32 = { "type": "array", "items": { "type": "string", "minLength": 1 } };
var schema34 = { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^/]" } };
var schema40 = { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = (function(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
});
var pattern4 = new RegExp("^[^/]", "u");
var pattern6 = new RegExp("^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$", "u");
var pattern7 = new RegExp("\\S", "u");
var pattern8 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var schema36 = { "type": "object", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/severity" }, { "type": "object", "additionalProperties": false, "required": ["severity"], "properties": { "severity": { "$ref": "#/$defs/severity" } } }] } };
var schema37 = { "enum": ["error", "warning", "notice", "off"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (!(data0 === "error" || data0 === "warning" || data0 === "notice" || data0 === "off")) {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.severity === void 0) {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema36.additionalProperties.oneOf[1].required, parentSchema: schema36.additionalProperties.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "severity")) {
            const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.additionalProperties.oneOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.severity !== void 0) {
          let data1 = data0.severity;
          if (!(data1 === "error" || data1 === "warning" || data1 === "notice" || data1 === "off")) {
            const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.additionalProperties.oneOf[1].type, parentSchema: schema36.additionalProperties.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema36.additionalProperties.oneOf, parentSchema: schema36.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.extends, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.extends.type, parentSchema: schema31.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data2 = data["fail-on"];
      if (!(data2 === "error" || data2 === "warning" || data2 === "notice" || data2 === "never")) {
        const err4 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema31.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties["fail-on"].enum, parentSchema: schema31.properties["fail-on"], data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.discovery !== void 0) {
      let data3 = data.discovery;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "include" || key1 === "exclude" || key1 === "skip" || key1 === "services" || key1 === "only-listed")) {
            const err5 = { instancePath: instancePath + "/discovery", schemaPath: "#/properties/discovery/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.discovery, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.include !== void 0) {
          let data4 = data3.include;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err6 = { instancePath: instancePath + "/discovery/include/" + i0, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/discovery/include/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.type, parentSchema: schema32.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/discovery/include", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.exclude !== void 0) {
          let data6 = data3.exclude;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err9 = { instancePath: instancePath + "/discovery/exclude/" + i1, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/discovery/exclude/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.type, parentSchema: schema32.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/discovery/exclude", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.skip !== void 0) {
          let data8 = data3.skip;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err12 = { instancePath: instancePath + "/discovery/skip/" + i2, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (!pattern4.test(data9)) {
                  const err13 = { instancePath: instancePath + "/discovery/skip/" + i2, schemaPath: "#/$defs/paths/items/pattern", keyword: "pattern", params: { pattern: "^[^/]" }, message: 'must match pattern "^[^/]"', schema: "^[^/]", parentSchema: schema34.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/discovery/skip/" + i2, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/discovery/skip", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.services !== void 0) {
          let data10 = data3.services;
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data11 = data10[i3];
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err16 = { instancePath: instancePath + "/discovery/services/" + i3, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern4.test(data11)) {
                  const err17 = { instancePath: instancePath + "/discovery/services/" + i3, schemaPath: "#/$defs/paths/items/pattern", keyword: "pattern", params: { pattern: "^[^/]" }, message: 'must match pattern "^[^/]"', schema: "^[^/]", parentSchema: schema34.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/discovery/services/" + i3, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/discovery/services", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3["only-listed"] !== void 0) {
          let data12 = data3["only-listed"];
          if (typeof data12 !== "boolean") {
            const err20 = { instancePath: instancePath + "/discovery/only-listed", schemaPath: "#/properties/discovery/properties/only-listed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.discovery.properties["only-listed"].type, parentSchema: schema31.properties.discovery.properties["only-listed"], data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/discovery", schemaPath: "#/properties/discovery/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.discovery.type, parentSchema: schema31.properties.discovery, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate21(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.overrides !== void 0) {
      let data14 = data.overrides;
      if (Array.isArray(data14)) {
        const len4 = data14.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data15 = data14[i4];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.services === void 0) {
              const err22 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema31.properties.overrides.items.required, parentSchema: schema31.properties.overrides.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data15.rules === void 0) {
              const err23 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema31.properties.overrides.items.required, parentSchema: schema31.properties.overrides.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key2 in data15) {
              if (!(key2 === "services" || key2 === "rules")) {
                const err24 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.overrides.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data15.services !== void 0) {
              let data16 = data15.services;
              if (Array.isArray(data16)) {
                const len5 = data16.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data17 = data16[i5];
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err25 = { instancePath: instancePath + "/overrides/" + i4 + "/services/" + i5, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/overrides/" + i4 + "/services/" + i5, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.type, parentSchema: schema32.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/overrides/" + i4 + "/services", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data16 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data15.rules !== void 0) {
              if (!validate21(data15.rules, { instancePath: instancePath + "/overrides/" + i4 + "/rules", parentData: data15, parentDataProperty: "rules", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.overrides.items.type, parentSchema: schema31.properties.overrides.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.overrides.type, parentSchema: schema31.properties.overrides, data: data14 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data19 = data.policy;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(key3 === "languages" || key3 === "placement" || key3 === "split-mixed-workloads")) {
            const err30 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data19.languages !== void 0) {
          let data20 = data19.languages;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err31 = { instancePath: instancePath + "/policy/languages", schemaPath: "#/$defs/languages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40, data: data20 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const len6 = data20.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data21 = data20[i6];
              if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                  const err32 = { instancePath: instancePath + "/policy/languages/" + i6, schemaPath: "#/$defs/languages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/policy/languages/" + i6, schemaPath: "#/$defs/languages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            let i7 = data20.length;
            let j0;
            if (i7 > 1) {
              const indices0 = {};
              for (; i7--; ) {
                let item0 = data20[i7];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err34 = { instancePath: instancePath + "/policy/languages", schemaPath: "#/$defs/languages/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)", schema: true, parentSchema: schema40, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i7;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/policy/languages", schemaPath: "#/$defs/languages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data20 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data19.placement !== void 0) {
          let data22 = data19.placement;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key4 in data22) {
              const _errs54 = errors;
              if (!(key4 === "ai-ml" || key4 === "data" || key4 === "concurrency" || key4 === "latency" || key4 === "resource" || key4 === "deployment" || key4 === "prototype")) {
                const err36 = { instancePath: instancePath + "/policy/placement", schemaPath: "#/properties/policy/properties/placement/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.policy.properties.placement.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.policy.properties.placement.propertyNames.enum, parentSchema: schema31.properties.policy.properties.placement.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var valid25 = _errs54 === errors;
              if (!valid25) {
                const err37 = { instancePath: instancePath + "/policy/placement", schemaPath: "#/properties/policy/properties/placement/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.policy.properties.placement.propertyNames, parentSchema: schema31.properties.policy.properties.placement, data: data22 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            for (const key5 in data22) {
              let data23 = data22[key5];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.languages === void 0) {
                  const err38 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/placement/additionalProperties/required", keyword: "required", params: { missingProperty: "languages" }, message: "must have required property 'languages'", schema: schema31.properties.policy.properties.placement.additionalProperties.required, parentSchema: schema31.properties.policy.properties.placement.additionalProperties, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key6 in data23) {
                  if (!(key6 === "languages" || key6 === "evidence")) {
                    const err39 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/placement/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy.properties.placement.additionalProperties, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data23.languages !== void 0) {
                  let data24 = data23.languages;
                  if (Array.isArray(data24)) {
                    if (data24.length < 1) {
                      const err40 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/languages", schemaPath: "#/$defs/languages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    const len7 = data24.length;
                    for (let i8 = 0; i8 < len7; i8++) {
                      let data25 = data24[i8];
                      if (typeof data25 === "string") {
                        if (func2(data25) < 1) {
                          const err41 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/languages/" + i8, schemaPath: "#/$defs/languages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data25 };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/languages/" + i8, schemaPath: "#/$defs/languages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    let i9 = data24.length;
                    let j1;
                    if (i9 > 1) {
                      const indices1 = {};
                      for (; i9--; ) {
                        let item1 = data24[i9];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err43 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/languages", schemaPath: "#/$defs/languages/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i9 + " are identical)", schema: true, parentSchema: schema40, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i9;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/languages", schemaPath: "#/$defs/languages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data23.evidence !== void 0) {
                  let data26 = data23.evidence;
                  if (!(data26 === "strong" || data26 === "any")) {
                    const err45 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/evidence", schemaPath: "#/properties/policy/properties/placement/additionalProperties/properties/evidence/enum", keyword: "enum", params: { allowedValues: schema31.properties.policy.properties.placement.additionalProperties.properties.evidence.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.policy.properties.placement.additionalProperties.properties.evidence.enum, parentSchema: schema31.properties.policy.properties.placement.additionalProperties.properties.evidence, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/policy/placement/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/placement/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.properties.placement.additionalProperties.type, parentSchema: schema31.properties.policy.properties.placement.additionalProperties, data: data23 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/policy/placement", schemaPath: "#/properties/policy/properties/placement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.properties.placement.type, parentSchema: schema31.properties.policy.properties.placement, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data19["split-mixed-workloads"] !== void 0) {
          let data27 = data19["split-mixed-workloads"];
          if (typeof data27 !== "boolean") {
            const err48 = { instancePath: instancePath + "/policy/split-mixed-workloads", schemaPath: "#/properties/policy/properties/split-mixed-workloads/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.policy.properties["split-mixed-workloads"].type, parentSchema: schema31.properties.policy.properties["split-mixed-workloads"], data: data27 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data19 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.requirements !== void 0) {
      let data28 = data.requirements;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key7 in data28) {
          let data29 = data28[key7];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (Object.keys(data29).length < 1) {
              const err50 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requirements/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.requirements.additionalProperties, data: data29 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key8 in data29) {
              if (!(key8 === "latency-budget-ms" || key8 === "requests-per-second" || key8 === "memory-budget-mb" || key8 === "single-binary")) {
                const err51 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requirements/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.requirements.additionalProperties, data: data29 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data29["latency-budget-ms"] !== void 0) {
              let data30 = data29["latency-budget-ms"];
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 <= 0 || isNaN(data30)) {
                  const err52 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/latency-budget-ms", schemaPath: "#/properties/requirements/additionalProperties/properties/latency-budget-ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.requirements.additionalProperties.properties["latency-budget-ms"], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/latency-budget-ms", schemaPath: "#/properties/requirements/additionalProperties/properties/latency-budget-ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.requirements.additionalProperties.properties["latency-budget-ms"].type, parentSchema: schema31.properties.requirements.additionalProperties.properties["latency-budget-ms"], data: data30 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data29["requests-per-second"] !== void 0) {
              let data31 = data29["requests-per-second"];
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 <= 0 || isNaN(data31)) {
                  const err54 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests-per-second", schemaPath: "#/properties/requirements/additionalProperties/properties/requests-per-second/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.requirements.additionalProperties.properties["requests-per-second"], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/requests-per-second", schemaPath: "#/properties/requirements/additionalProperties/properties/requests-per-second/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.requirements.additionalProperties.properties["requests-per-second"].type, parentSchema: schema31.properties.requirements.additionalProperties.properties["requests-per-second"], data: data31 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data29["memory-budget-mb"] !== void 0) {
              let data32 = data29["memory-budget-mb"];
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 <= 0 || isNaN(data32)) {
                  const err56 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory-budget-mb", schemaPath: "#/properties/requirements/additionalProperties/properties/memory-budget-mb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.requirements.additionalProperties.properties["memory-budget-mb"], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory-budget-mb", schemaPath: "#/properties/requirements/additionalProperties/properties/memory-budget-mb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.requirements.additionalProperties.properties["memory-budget-mb"].type, parentSchema: schema31.properties.requirements.additionalProperties.properties["memory-budget-mb"], data: data32 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data29["single-binary"] !== void 0) {
              let data33 = data29["single-binary"];
              if (typeof data33 !== "boolean") {
                const err58 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/single-binary", schemaPath: "#/properties/requirements/additionalProperties/properties/single-binary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.requirements.additionalProperties.properties["single-binary"].type, parentSchema: schema31.properties.requirements.additionalProperties.properties["single-binary"], data: data33 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/requirements/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requirements/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.requirements.additionalProperties.type, parentSchema: schema31.properties.requirements.additionalProperties, data: data29 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.requirements.type, parentSchema: schema31.properties.requirements, data: data28 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.signals !== void 0) {
      let data34 = data.signals;
      if (Array.isArray(data34)) {
        const len8 = data34.length;
        for (let i10 = 0; i10 < len8; i10++) {
          let data35 = data34[i10];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.ecosystem === void 0) {
              const err61 = { instancePath: instancePath + "/signals/" + i10, schemaPath: "#/properties/signals/items/required", keyword: "required", params: { missingProperty: "ecosystem" }, message: "must have required property 'ecosystem'", schema: schema31.properties.signals.items.required, parentSchema: schema31.properties.signals.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data35.signal === void 0) {
              const err62 = { instancePath: instancePath + "/signals/" + i10, schemaPath: "#/properties/signals/items/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema31.properties.signals.items.required, parentSchema: schema31.properties.signals.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data35.packages === void 0) {
              const err63 = { instancePath: instancePath + "/signals/" + i10, schemaPath: "#/properties/signals/items/required", keyword: "required", params: { missingProperty: "packages" }, message: "must have required property 'packages'", schema: schema31.properties.signals.items.required, parentSchema: schema31.properties.signals.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            for (const key9 in data35) {
              if (!(key9 === "ecosystem" || key9 === "signal" || key9 === "strength" || key9 === "packages" || key9 === "imports")) {
                const err64 = { instancePath: instancePath + "/signals/" + i10, schemaPath: "#/properties/signals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.signals.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data35.ecosystem !== void 0) {
              let data36 = data35.ecosystem;
              if (!(data36 === "pypi" || data36 === "go" || data36 === "npm" || data36 === "cargo" || data36 === "maven" || data36 === "nuget" || data36 === "rubygems" || data36 === "packagist" || data36 === "hex")) {
                const err65 = { instancePath: instancePath + "/signals/" + i10 + "/ecosystem", schemaPath: "#/properties/signals/items/properties/ecosystem/enum", keyword: "enum", params: { allowedValues: schema31.properties.signals.items.properties.ecosystem.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.signals.items.properties.ecosystem.enum, parentSchema: schema31.properties.signals.items.properties.ecosystem, data: data36 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data35.signal !== void 0) {
              let data37 = data35.signal;
              if (typeof data37 === "string") {
                if (!pattern6.test(data37)) {
                  const err66 = { instancePath: instancePath + "/signals/" + i10 + "/signal", schemaPath: "#/properties/signals/items/properties/signal/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$"', schema: "^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$", parentSchema: schema31.properties.signals.items.properties.signal, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/signals/" + i10 + "/signal", schemaPath: "#/properties/signals/items/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.signals.items.properties.signal.type, parentSchema: schema31.properties.signals.items.properties.signal, data: data37 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data35.strength !== void 0) {
              let data38 = data35.strength;
              if (!(data38 === "strong" || data38 === "weak")) {
                const err68 = { instancePath: instancePath + "/signals/" + i10 + "/strength", schemaPath: "#/properties/signals/items/properties/strength/enum", keyword: "enum", params: { allowedValues: schema31.properties.signals.items.properties.strength.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.signals.items.properties.strength.enum, parentSchema: schema31.properties.signals.items.properties.strength, data: data38 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data35.packages !== void 0) {
              let data39 = data35.packages;
              if (Array.isArray(data39)) {
                if (data39.length < 1) {
                  const err69 = { instancePath: instancePath + "/signals/" + i10 + "/packages", schemaPath: "#/properties/signals/items/properties/packages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.signals.items.properties.packages, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                const len9 = data39.length;
                for (let i11 = 0; i11 < len9; i11++) {
                  let data40 = data39[i11];
                  if (typeof data40 === "string") {
                    if (func2(data40) < 1) {
                      const err70 = { instancePath: instancePath + "/signals/" + i10 + "/packages/" + i11, schemaPath: "#/properties/signals/items/properties/packages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.signals.items.properties.packages.items, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/signals/" + i10 + "/packages/" + i11, schemaPath: "#/properties/signals/items/properties/packages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.signals.items.properties.packages.items.type, parentSchema: schema31.properties.signals.items.properties.packages.items, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/signals/" + i10 + "/packages", schemaPath: "#/properties/signals/items/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.signals.items.properties.packages.type, parentSchema: schema31.properties.signals.items.properties.packages, data: data39 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data35.imports !== void 0) {
              let data41 = data35.imports;
              if (Array.isArray(data41)) {
                const len10 = data41.length;
                for (let i12 = 0; i12 < len10; i12++) {
                  let data42 = data41[i12];
                  if (typeof data42 === "string") {
                    if (func2(data42) < 1) {
                      const err73 = { instancePath: instancePath + "/signals/" + i10 + "/imports/" + i12, schemaPath: "#/properties/signals/items/properties/imports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.signals.items.properties.imports.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/signals/" + i10 + "/imports/" + i12, schemaPath: "#/properties/signals/items/properties/imports/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.signals.items.properties.imports.items.type, parentSchema: schema31.properties.signals.items.properties.imports.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/signals/" + i10 + "/imports", schemaPath: "#/properties/signals/items/properties/imports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.signals.items.properties.imports.type, parentSchema: schema31.properties.signals.items.properties.imports, data: data41 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/signals/" + i10, schemaPath: "#/properties/signals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.signals.items.type, parentSchema: schema31.properties.signals.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/signals", schemaPath: "#/properties/signals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.signals.type, parentSchema: schema31.properties.signals, data: data34 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data43 = data.waivers;
      if (Array.isArray(data43)) {
        const len11 = data43.length;
        for (let i13 = 0; i13 < len11; i13++) {
          let data44 = data43[i13];
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.rule === void 0) {
              const err78 = { instancePath: instancePath + "/waivers/" + i13, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data44 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data44.reason === void 0) {
              const err79 = { instancePath: instancePath + "/waivers/" + i13, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data44 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            for (const key10 in data44) {
              if (!(key10 === "rule" || key10 === "service" || key10 === "reason" || key10 === "owner" || key10 === "expires")) {
                const err80 = { instancePath: instancePath + "/waivers/" + i13, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.waivers.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data44.rule !== void 0) {
              let data45 = data44.rule;
              if (typeof data45 === "string") {
                if (func2(data45) < 1) {
                  const err81 = { instancePath: instancePath + "/waivers/" + i13 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.rule, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/waivers/" + i13 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.rule.type, parentSchema: schema31.properties.waivers.items.properties.rule, data: data45 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data44.service !== void 0) {
              let data46 = data44.service;
              if (typeof data46 === "string") {
                if (func2(data46) < 1) {
                  const err83 = { instancePath: instancePath + "/waivers/" + i13 + "/service", schemaPath: "#/properties/waivers/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.service, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/waivers/" + i13 + "/service", schemaPath: "#/properties/waivers/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.service.type, parentSchema: schema31.properties.waivers.items.properties.service, data: data46 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data44.reason !== void 0) {
              let data47 = data44.reason;
              if (typeof data47 === "string") {
                if (func2(data47) < 1) {
                  const err85 = { instancePath: instancePath + "/waivers/" + i13 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.reason, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (!pattern7.test(data47)) {
                  const err86 = { instancePath: instancePath + "/waivers/" + i13 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema31.properties.waivers.items.properties.reason, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/waivers/" + i13 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.reason.type, parentSchema: schema31.properties.waivers.items.properties.reason, data: data47 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data44.owner !== void 0) {
              let data48 = data44.owner;
              if (typeof data48 === "string") {
                if (func2(data48) < 1) {
                  const err88 = { instancePath: instancePath + "/waivers/" + i13 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.owner, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/waivers/" + i13 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.owner.type, parentSchema: schema31.properties.waivers.items.properties.owner, data: data48 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data44.expires !== void 0) {
              let data49 = data44.expires;
              if (typeof data49 === "string") {
                if (!pattern8.test(data49)) {
                  const err90 = { instancePath: instancePath + "/waivers/" + i13 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema31.properties.waivers.items.properties.expires, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/waivers/" + i13 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.expires.type, parentSchema: schema31.properties.waivers.items.properties.expires, data: data49 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/waivers/" + i13, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.waivers.items.type, parentSchema: schema31.properties.waivers.items, data: data44 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.type, parentSchema: schema31.properties.waivers, data: data43 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  "src/config/config-validator.generated.js": null
});
//# sourceMappingURL=policy-validator.cjs.map
