/**
 * The W3C Web Annotation Working Group's own "must" tests (w3c/web-annotation-tests, vendored in
 * test/w3c-schemas with their licence): `annotationMusts`, `collectionMusts` and `pageMusts`,
 * each a list of JSON Schema (draft-04) assertions that a conforming annotation, collection or
 * page passes.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(__dirname, '..', '..', '..', 'test', 'w3c-schemas');

export type Musts = 'annotations/annotationMusts.test' | 'collections/collectionMusts.test' | 'collections/pages/pageMusts.test';

let ajv: Ajv | undefined;
const assertions = new Map<string, { check: (value: unknown) => boolean; valid: boolean; message: string }>();

function validator(): Ajv {
  if (ajv) return ajv;
  // The schemas carry the test harness's own keys (assertionType, errorMessage…) beside JSON Schema's.
  ajv = new Ajv({ strict: false });
  addFormats(ajv);
  for (const f of fs.readdirSync(path.join(ROOT, 'definitions'))) ajv.addSchema(readJson(path.join('definitions', f)) as object);
  return ajv;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

function assertion(file: string) {
  let a = assertions.get(file);
  if (!a) {
    const schema = readJson(file) as { expectedResult?: string; errorMessage?: string };
    const check = validator().compile(schema);
    a = { check: (v) => check(v) as boolean, valid: (schema.expectedResult ?? 'valid') === 'valid', message: schema.errorMessage ?? '' };
    assertions.set(file, a);
  }
  return a;
}

/** The assertions of one "musts" test that `value` fails, as "<file>: <its error message>". */
export function failedMusts(musts: Musts, value: unknown): string[] {
  const failed: string[] = [];
  for (const file of (readJson(musts) as { assertions: string[] }).assertions) {
    const a = assertion(file);
    if (a.check(value) !== a.valid) failed.push(`${file}: ${a.message}`);
  }
  return failed;
}
