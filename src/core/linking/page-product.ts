// The one product a page is about, as its headings (Markdown) or its values (YAML) name it: an FAQ
// about the Volta EV whose later questions name no car ("How long does fast charging take?"), an ad
// campaign of which one creative names the car and another only gives its figures. A reader takes
// every part of such a page as about that product; a page naming two products says no such thing.
import { subjectsNamedIn, type RegistryIndex } from './link.js';

type KnownSubject = RegistryIndex['subjects'][number];

/**
 * The product the texts name, if they name exactly one: its longest name as the registry writes it
 * ("Volta EV"). Names of one product are those some entry lists together ("Volta", "Volta EV"); a
 * name inside a longer one named in the same text is part of it ("Strata" in "Strata Hybrid").
 */
export function pageProductOf(texts: readonly string[], index: RegistryIndex): string | undefined {
  const products = index.subjects.filter((k) => k.owners.some((j) => index.entries[j].productNamed));
  if (products.length === 0) return undefined;
  const named = new Set<KnownSubject>();
  for (const text of texts) {
    const here = subjectsNamedIn(index, text, products);
    for (const k of here) if (!here.some((o) => o !== k && longerNameHolding(o.subject, k.subject))) named.add(k);
  }
  if (named.size === 0) return undefined;
  // One product: every name shares an entry with the first, directly or through another name.
  const [first, ...rest] = named;
  const product = [first];
  const owners = new Set(first.owners);
  let grew = true;
  while (grew) {
    grew = false;
    for (const k of rest) {
      if (product.includes(k) || !k.owners.some((j) => owners.has(j))) continue;
      product.push(k);
      for (const j of k.owners) owners.add(j);
      grew = true;
    }
  }
  if (product.length !== named.size) return undefined;
  return product.reduce((a, b) => (b.subject.length > a.length ? b.subject : a), first.subject);
}

/** `longer` holds `shorter` as whole words ("Strata Hybrid" holds "Strata"). */
function longerNameHolding(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length) return false;
  return ` ${longer.toLowerCase()} `.includes(` ${shorter.toLowerCase()} `);
}
