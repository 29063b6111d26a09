/**
 * Install-time step of the RELAX NG work: converts `schemas/edition.rng` for salve-annos.
 * (Filled in by the RELAX NG work; this placeholder does nothing.)
 * @param root the package folder.
 */
export async function convertBundledSchema(root: string): Promise<void> {
  void root;
}
