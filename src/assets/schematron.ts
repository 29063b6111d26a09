/**
 * Install-time step of the Schematron work: compiles `schemas/edition.sch` to SEF.
 * (Filled in by the Schematron work; this placeholder does nothing.)
 * @param root the package folder.
 */
export async function compileBundledRules(root: string): Promise<void> {
  void root;
}
