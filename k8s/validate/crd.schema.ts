import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { apiGroup, problem, type KubeObject, type Problem } from './manifest.types.ts';

type Schema = { [keyword: string]: unknown };

interface CustomResourceDefinition {
  kind: string;
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; served: boolean; schema?: { openAPIV3Schema: Schema } }[];
  };
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A CRD pattern (Go's RE2) as a JavaScript one. RE2's case-insensitive flag `(?i)` has no JavaScript
 * spelling inside a pattern, so its letters become both cases (prometheus-operator uses it on a plain
 * alternation); a pattern with classes or escapes after the flag is not translated but refused.
 */
export function toJsPattern(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  const rest = pattern.replace('(?i)', '');
  if (/[[\\]|\(\?/.test(rest)) throw new Error(`cannot translate the RE2 pattern ${pattern}`);
  return rest.replace(/[a-z]/gi, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

/**
 * A CRD's structural schema as JSON Schema, with the API server's strict field validation:
 * an object that lists its properties accepts no others unless it preserves unknown fields.
 */
export function toJsonSchema(node: Schema): Schema {
  const out: Schema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'description' || keyword.startsWith('x-kubernetes-') || keyword === 'nullable') continue;
    if (keyword === 'properties' && isSchema(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, toJsonSchema(child as Schema)]));
    } else if ((keyword === 'items' || keyword === 'additionalProperties' || keyword === 'not') && isSchema(value)) {
      out[keyword] = toJsonSchema(value);
    } else if (keyword === 'pattern' && typeof value === 'string') {
      out.pattern = toJsPattern(value);
    } else if ((keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') && Array.isArray(value)) {
      out[keyword] = value.map((child) => toJsonSchema(child as Schema));
    } else {
      out[keyword] = value;
    }
  }
  if (node['x-kubernetes-int-or-string'] === true && !node.anyOf) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (out.properties && out.additionalProperties === undefined && node['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

const resourceKey = (group: string, version: string, kind: string) => `${group}/${version}/${kind}`;

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

export interface CrdValidators {
  has(object: KubeObject): boolean;
  validate(object: KubeObject): Problem[];
}

/** Compiles the served versions of every CRD found under `directory`. */
export function loadCrdValidators(directory: string): CrdValidators {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const file of yamlFiles(directory)) {
    for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const crd = document.toJS() as CustomResourceDefinition | null;
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions) {
        if (!version.served || !version.schema) continue;
        validators.set(
          resourceKey(crd.spec.group, version.name, crd.spec.names.kind),
          ajv.compile(toJsonSchema(version.schema.openAPIV3Schema)),
        );
      }
    }
  }
  const find = (object: KubeObject) =>
    validators.get(resourceKey(apiGroup(object.apiVersion), object.apiVersion.split('/').at(-1) ?? '', object.kind));
  return {
    has: (object) => find(object) !== undefined,
    validate(object) {
      const validate = find(object);
      if (!validate) return [problem(object, `no CRD schema for ${object.apiVersion} ${object.kind}`)];
      if (validate(object)) return [];
      return (validate.errors ?? []).map((error) => {
        const where = error.instancePath || '/';
        const detail =
          error.keyword === 'additionalProperties'
            ? `unknown field "${String((error.params as { additionalProperty: string }).additionalProperty)}"`
            : (error.message ?? error.keyword);
        return problem(object, `schema: ${where}: ${detail}`);
      });
    },
  };
}
