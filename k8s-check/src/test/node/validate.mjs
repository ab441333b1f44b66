// Validates Kubernetes objects against the schemas of the npm package kubernetes-models.
// Usage: node validate.mjs objects.json  (a JSON array of objects, as kustomize rendered them)
// Prints one line per object; exits 1 if any is invalid, of a kind the package does not know, or
// if the array is empty (a check that validated nothing must not pass).
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
if (!Array.isArray(objects) || objects.length === 0) {
  console.error("no objects to validate");
  process.exit(1);
}
let failed = 0;
for (const object of objects) {
  const name = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
  // "apps/v1" -> kubernetes-models/apps/v1; the core group "v1" -> kubernetes-models/v1
  const module = `kubernetes-models/${object.apiVersion}`;
  let Model;
  try {
    Model = (await import(module))[object.kind];
  } catch (e) {
    Model = undefined;
  }
  if (typeof Model !== "function") {
    console.log(`UNKNOWN ${name}`);
    failed++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`valid ${name}`);
  } catch (e) {
    console.log(`INVALID ${name}: ${e.message}`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
