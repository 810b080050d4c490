import { SaxesParser } from 'saxes';

/**
 * GSA's XSpec contexts are Schematron-style fragments: an `<inventory-item>` or `<metadata>` on its
 * own, or children under a pseudo-root (`<ssp>`). The product validates whole documents, so the runner
 * places each fragment where it lives in its model before validating it. This table says where.
 */
const CHAINS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'system-security-plan': {
    metadata: [],
    'import-profile': [],
    'system-characteristics': [],
    'system-implementation': [],
    'control-implementation': [],
    'back-matter': [],
    party: ['metadata'],
    role: ['metadata'],
    location: ['metadata'],
    'responsible-party': ['metadata'],
    'system-id': ['system-characteristics'],
    'system-name': ['system-characteristics'],
    'system-name-short': ['system-characteristics'],
    description: ['system-characteristics'],
    'security-sensitivity-level': ['system-characteristics'],
    'system-information': ['system-characteristics'],
    'security-impact-level': ['system-characteristics'],
    status: ['system-characteristics'],
    'authorization-boundary': ['system-characteristics'],
    'network-architecture': ['system-characteristics'],
    'data-flow': ['system-characteristics'],
    'information-type': ['system-characteristics', 'system-information'],
    categorization: ['system-characteristics', 'system-information', 'information-type'],
    'confidentiality-impact': ['system-characteristics', 'system-information', 'information-type'],
    'integrity-impact': ['system-characteristics', 'system-information', 'information-type'],
    'availability-impact': ['system-characteristics', 'system-information', 'information-type'],
    'security-objective-confidentiality': ['system-characteristics', 'security-impact-level'],
    'security-objective-integrity': ['system-characteristics', 'security-impact-level'],
    'security-objective-availability': ['system-characteristics', 'security-impact-level'],
    component: ['system-implementation'],
    'inventory-item': ['system-implementation'],
    prop: ['system-implementation', 'inventory-item'],
    user: ['system-implementation'],
    'leveraged-authorization': ['system-implementation'],
    'implemented-requirement': ['control-implementation'],
    resource: ['back-matter'],
  },
  'assessment-plan': {
    metadata: [],
    'import-ssp': [],
    'local-definitions': [],
    'terms-and-conditions': [],
    'reviewed-controls': [],
    'assessment-subject': [],
    'assessment-assets': [],
    task: [],
    'back-matter': [],
    party: ['metadata'],
    role: ['metadata'],
    location: ['metadata'],
    'responsible-party': ['metadata'],
    'control-selection': ['reviewed-controls'],
    'control-objective-selection': ['reviewed-controls'],
    'assessment-platform': ['assessment-assets'],
    component: ['assessment-assets'],
    resource: ['back-matter'],
  },
  'assessment-results': {
    metadata: [],
    'import-ap': [],
    'local-definitions': [],
    result: [],
    'back-matter': [],
    party: ['metadata'],
    role: ['metadata'],
    'responsible-party': ['metadata'],
    finding: ['result'],
    observation: ['result'],
    risk: ['result'],
    'reviewed-controls': ['result'],
    attestation: ['result'],
    resource: ['back-matter'],
  },
  'plan-of-action-and-milestones': {
    metadata: [],
    'import-ssp': [],
    'system-id': [],
    'local-definitions': [],
    observation: [],
    risk: [],
    finding: [],
    'poam-item': [],
    'back-matter': [],
    party: ['metadata'],
    role: ['metadata'],
    resource: ['back-matter'],
  },
};

/** Pseudo-roots GSA uses to hold loose children of a model. */
const PSEUDO_ROOTS: Readonly<Record<string, string>> = { ssp: 'system-security-plan', sap: 'assessment-plan', sar: 'assessment-results', poam: 'plan-of-action-and-milestones' };

const OSCAL_NS = 'http://csrc.nist.gov/ns/oscal/1.0';

interface TopElement {
  name: string;
  xml: string;
}

/** The top-level elements of a fragment (comments and text between them dropped). */
function topElements(fragment: string): TopElement[] {
  const parser = new SaxesParser({ xmlns: false, position: true, fragment: true });
  const out: TopElement[] = [];
  let depth = 0;
  let start = 0;
  let name = '';
  parser.on('opentagstart', (tag) => {
    if (depth === 0) {
      name = tag.name;
      start = fragment.lastIndexOf('<', parser.position - 1);
    }
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (tag.isSelfClosing && depth === 1) out.push({ name, xml: fragment.slice(start, parser.position) });
  });
  parser.on('closetag', (tag) => {
    if (depth === 1 && !tag.isSelfClosing) out.push({ name, xml: fragment.slice(start, parser.position) });
    depth--;
  });
  parser.write(fragment).close();
  return out;
}

const innerOf = (xml: string): string => {
  const open = xml.indexOf('>') + 1;
  const close = xml.lastIndexOf('</');
  return open > 0 && close > open ? xml.slice(open, close) : '';
};

/** A whole OSCAL document of `model` holding the fragment's elements where they belong. */
export function wrapFragment(fragment: string, model: string): string {
  let elements = topElements(fragment);
  const first = elements[0];
  if (!first || (elements.length === 1 && first.name === model)) return fragment;
  // Schematron matches rule contexts whatever the root is; a few SAR scenarios are written under an
  // <assessment-plan> root. Such a fragment is read as the suite's model.
  if (elements.length === 1 && first.name !== model && Object.values(PSEUDO_ROOTS).includes(first.name)) {
    return `<${model}${first.xml.slice(first.name.length + 1, first.xml.lastIndexOf(`</${first.name}>`))}</${model}>`;
  }
  if (elements.length === 1 && first.name in PSEUDO_ROOTS) {
    model = PSEUDO_ROOTS[first.name]!;
    elements = topElements(innerOf(first.xml));
  }
  const chains = CHAINS[model] ?? {};
  const body = elements
    .map((el) => {
      const chain = chains[el.name];
      if (!chain) return el.xml;
      return chain.reduceRight((inner, parent) => `<${parent}>${inner}</${parent}>`, el.xml);
    })
    .join('');
  return `<${model} xmlns="${OSCAL_NS}">${body}</${model}>`;
}
