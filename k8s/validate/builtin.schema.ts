import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { apiGroup, objectId, problem, type KubeObject, type Problem } from './manifest.types.ts';

interface ModelModule {
  [kind: string]: new (data: KubeObject) => { validate(): void };
}

/** The kubernetes-models module of a built-in kind ('kubernetes-models/apps/v1/Deployment'). */
export function builtinModelPath(object: KubeObject): string {
  const version = object.apiVersion.split('/').at(-1) ?? object.apiVersion;
  const group = apiGroup(object.apiVersion);
  return group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
}

export async function isBuiltinKind(object: KubeObject): Promise<boolean> {
  return (await loadModel(object)) !== undefined;
}

async function loadModel(object: KubeObject): Promise<ModelModule | undefined> {
  try {
    return (await import(builtinModelPath(object))) as ModelModule;
  } catch {
    return undefined;
  }
}

/** Types, enums, formats and required fields: kubernetes-models' validators (generated from the Kubernetes OpenAPI). */
async function validateValues(objects: KubeObject[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const object of objects) {
    const Model = (await loadModel(object))?.[object.kind];
    if (!Model) {
      problems.push(problem(object, `no schema for ${object.apiVersion} ${object.kind}`));
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(problem(object, `schema: ${(error as Error).message}`));
    }
  }
  return problems;
}

const here = fileURLToPath(new URL('.', import.meta.url));
// Inside this folder, so `kubernetes-models` resolves from the repository's node_modules.
const virtualFile = join(here, '__rendered-manifests__.ts');
let previousProgram: ts.Program | undefined;

/**
 * Unknown fields, which kubernetes-models' validators let through (the API server rejects them
 * under strict field validation): every object becomes an object literal typed with the model's
 * interface, and TypeScript's excess-property check names each field the type does not declare.
 */
function validateFields(objects: KubeObject[]): Problem[] {
  const lines: string[] = [];
  const spans: { object: KubeObject; from: number; to: number }[] = [];
  objects.forEach((object, index) => {
    lines.push(`import type { I${object.kind} as T${index} } from '${builtinModelPath(object)}';`);
  });
  objects.forEach((object, index) => {
    const body = `export const o${index}: T${index} = ${JSON.stringify(object, null, 2)};`.split('\n');
    spans.push({ object, from: lines.length, to: lines.length + body.length - 1 });
    lines.push(...body);
  });
  const source = lines.join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === virtualFile ? ts.createSourceFile(fileName, source, language) : getSourceFile(fileName, language, ...rest);
  host.fileExists = (fileName) => fileName === virtualFile || fileExists(fileName);
  host.readFile = (fileName) => (fileName === virtualFile ? source : readFile(fileName));
  // Reusing the previous program keeps kubernetes-models' declarations parsed across overlays.
  const program = ts.createProgram([virtualFile], options, host, previousProgram);
  previousProgram = program;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === virtualFile && diagnostic.start !== undefined)
    .map((diagnostic) => {
      const line = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!).line;
      const span = spans.find(({ from, to }) => line >= from && line <= to);
      // The literals are JSON, so property names arrive quoted twice ('"replicas"').
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').replace(/'"([^"]+)"'/g, "'$1'");
      return span ? problem(span.object, `schema: ${message}`) : { object: '*', message: `schema: ${message}` };
    });
}

/** Validates built-in kinds against the Kubernetes schema, strictly (unknown fields are errors). */
export async function validateBuiltins(objects: KubeObject[]): Promise<Problem[]> {
  const valueProblems = await validateValues(objects);
  const unknownKinds = new Set(valueProblems.filter((p) => p.message.startsWith('no schema')).map((p) => p.object));
  return [...valueProblems, ...validateFields(objects.filter((object) => !unknownKinds.has(objectId(object))))];
}
