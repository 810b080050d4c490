/** The fictional organisations of each set. Train and holdout share none of them. */

export type ImpactLevel = 'Low' | 'Moderate' | 'High';

export interface Person {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface Csp {
  name: string;
  /** Short company name used in running text. */
  short: string;
  cso: string;
  abbr: string;
  fedrampId: string;
  level: ImpactLevel;
  model: 'SaaS' | 'PaaS' | 'IaaS';
  address: string;
  domain: string;
  owner: Person;
  isso: Person;
  engineer: Person;
  /** Private address space of the production boundary, e.g. "10.40". */
  net: string;
  region: string;
}

export interface Assessor {
  name: string;
  address: string;
  lead: Person;
  tester: Person;
}

export interface Agency {
  name: string;
  short: string;
  address: string;
  ao: Person;
  reviewer: Person;
}

export interface Parties {
  csps: readonly [Csp, Csp, Csp];
  assessors: readonly [Assessor, Assessor];
  agencies: readonly [Agency, Agency];
}

const person = (name: string, title: string, domain: string, phone: string): Person => ({
  name,
  title,
  email: `${name.split(' ')[0]!.toLowerCase()}.${name.split(' ').at(-1)!.toLowerCase()}@${domain}`,
  phone,
});

export const TRAIN: Parties = {
  csps: [
    {
      name: 'Nimbus Data Systems, Inc.',
      short: 'Nimbus',
      cso: 'Nimbus GovCloud Platform',
      abbr: 'NGP',
      fedrampId: 'FR2304411523',
      level: 'Moderate',
      model: 'PaaS',
      address: '11710 Plaza America Drive, Suite 400, Reston, VA 20190',
      domain: 'nimbusdata.example',
      owner: person('Margaret Ellison', 'Vice President, Federal Programs', 'nimbusdata.example', '(703) 555-0142'),
      isso: person('Daniel Okafor', 'Information System Security Officer', 'nimbusdata.example', '(703) 555-0178'),
      engineer: person('Priya Raman', 'Principal Cloud Engineer', 'nimbusdata.example', '(703) 555-0191'),
      net: '10.40',
      region: 'AWS GovCloud (US-West)',
    },
    {
      name: 'Brightline Analytics LLC',
      short: 'Brightline',
      cso: 'Brightline Case Manager',
      abbr: 'BCM',
      fedrampId: 'FR2211907744',
      level: 'Moderate',
      model: 'SaaS',
      address: '1600 Stout Street, Floor 9, Denver, CO 80202',
      domain: 'brightline.example',
      owner: person('Thomas Whitaker', 'Chief Operating Officer', 'brightline.example', '(303) 555-0110'),
      isso: person('Rosa Delgado', 'Security Compliance Manager', 'brightline.example', '(303) 555-0163'),
      engineer: person('Kevin Marsh', 'Director of Platform Engineering', 'brightline.example', '(303) 555-0187'),
      net: '172.20',
      region: 'Azure Government (US Gov Virginia)',
    },
    {
      name: 'Tallgrass Software Corp.',
      short: 'Tallgrass',
      cso: 'Tallgrass HR Cloud',
      abbr: 'THC',
      fedrampId: 'FR2402283310',
      level: 'High',
      model: 'SaaS',
      address: '8200 Tower Road, Overland Park, KS 66210',
      domain: 'tallgrass.example',
      owner: person('Linda Park', 'General Manager, Public Sector', 'tallgrass.example', '(913) 555-0120'),
      isso: person('Marcus Bell', 'ISSO', 'tallgrass.example', '(913) 555-0149'),
      engineer: person('Ana Costa', 'Site Reliability Lead', 'tallgrass.example', '(913) 555-0171'),
      net: '10.12',
      region: 'AWS GovCloud (US-East)',
    },
  ],
  assessors: [
    {
      name: 'Veritas Assurance Partners, LLC',
      address: '1900 Campus Commons Drive, Reston, VA 20191',
      lead: person('Gregory Hale', 'Assessment Lead', 'veritas-ap.example', '(571) 555-0102'),
      tester: person('Naomi Fischer', 'Senior Penetration Tester', 'veritas-ap.example', '(571) 555-0133'),
    },
    {
      name: 'Keystone Cyber Assessments, Inc.',
      address: '401 Liberty Avenue, Pittsburgh, PA 15222',
      lead: person('Samuel Ortiz', 'Managing Principal', 'keystonecyber.example', '(412) 555-0160'),
      tester: person('Hannah Liu', 'Technical Lead', 'keystonecyber.example', '(412) 555-0185'),
    },
  ],
  agencies: [
    {
      name: 'Federal Maritime Data Agency',
      short: 'FMDA',
      address: '1200 New Jersey Avenue SE, Washington, DC 20590',
      ao: person('Dr. Evelyn Brooks', 'Chief Information Officer and Authorizing Official', 'fmda.example.gov', '(202) 555-0111'),
      reviewer: person('James Kowalski', 'Agency ISSM', 'fmda.example.gov', '(202) 555-0129'),
    },
    {
      name: 'U.S. Office of Grants Administration',
      short: 'OGA',
      address: '370 L’Enfant Promenade SW, Washington, DC 20447',
      ao: person('Robert Chen', 'Chief Information Security Officer', 'oga.example.gov', '(202) 555-0177'),
      reviewer: person('Tanya Moore', 'Cybersecurity Program Manager', 'oga.example.gov', '(202) 555-0154'),
    },
  ],
};

export const HOLDOUT: Parties = {
  csps: [
    {
      name: 'Acme Cloud Corporation',
      short: 'Acme',
      cso: 'Acme Cloud for Government',
      abbr: 'ACG',
      fedrampId: 'F1907123456',
      level: 'Moderate',
      model: 'IaaS',
      address: '500 West 2nd Street, Suite 1900, Austin, TX 78701',
      domain: 'acmecloud.example',
      owner: person('Victor Alvarez', 'SVP, Government Cloud', 'acmecloud.example', '512-555-0138'),
      isso: person('Chloe Nguyen', 'Director, GRC', 'acmecloud.example', '512-555-0166'),
      engineer: person('Ibrahim Haddad', 'Staff Infrastructure Engineer', 'acmecloud.example', '512-555-0199'),
      net: '10.88',
      region: 'us-gov-west-1',
    },
    {
      name: 'Orion Ledger, Inc.',
      short: 'Orion Ledger',
      cso: 'OrionPay Federal',
      abbr: 'OPF',
      fedrampId: 'F2102987001',
      level: 'Moderate',
      model: 'SaaS',
      address: '41 South High Street, Columbus, OH 43215',
      domain: 'orionledger.example',
      owner: person('Beatrice Lang', 'Chief Executive Officer', 'orionledger.example', '614-555-0107'),
      isso: person('Omar Siddiqui', 'Security Officer', 'orionledger.example', '614-555-0152'),
      engineer: person('Grace Kim', 'DevSecOps Manager', 'orionledger.example', '614-555-0183'),
      net: '192.168',
      region: 'usgovvirginia',
    },
    {
      name: 'Harborview Systems Co.',
      short: 'Harborview',
      cso: 'Harborview Secure Records',
      abbr: 'HSR',
      fedrampId: 'F2305550912',
      level: 'Low',
      model: 'SaaS',
      address: '1001 Fourth Avenue, Seattle, WA 98154',
      domain: 'harborview.example',
      owner: person('Nathan Reyes', 'Head of Product', 'harborview.example', '206-555-0125'),
      isso: person('Ingrid Solberg', 'Compliance Lead', 'harborview.example', '206-555-0174'),
      engineer: person('Peter Osei', 'Cloud Architect', 'harborview.example', '206-555-0190'),
      net: '10.3',
      region: 'GCP Assured Workloads (us-east4)',
    },
  ],
  assessors: [
    {
      name: 'Blue Ridge Assurance Group',
      address: '100 Court Square, Charlottesville, VA 22902',
      lead: person('Walter Simmons', 'Lead Assessor', 'blueridge-ag.example', '434-555-0101'),
      tester: person('Keiko Tanaka', 'Red Team Lead', 'blueridge-ag.example', '434-555-0146'),
    },
    {
      name: 'Meridian Risk Partners LLP',
      address: '77 West Wacker Drive, Chicago, IL 60601',
      lead: person('Denise Howard', 'Partner, Federal Assurance', 'meridianrisk.example', '312-555-0118'),
      tester: person('Luis Romero', 'Offensive Security Consultant', 'meridianrisk.example', '312-555-0173'),
    },
  ],
  agencies: [
    {
      name: 'U.S. Bureau of Land Records',
      short: 'BLR',
      address: '1849 C Street NW, Washington, DC 20240',
      ao: person('Patricia Nolan', 'Authorizing Official, Office of the CIO', 'blr.example.gov', '202-555-0193'),
      reviewer: person('Henry Adeyemi', 'Security Control Assessor', 'blr.example.gov', '202-555-0135'),
    },
    {
      name: 'Federal Transit Safety Board',
      short: 'FTSB',
      address: '490 L’Enfant Plaza SW, Washington, DC 20594',
      ao: person('Gen. (Ret.) Mark Donnelly', 'Deputy Chief Information Officer', 'ftsb.example.gov', '202-555-0158'),
      reviewer: person('Alicia Ferreira', 'ISSM', 'ftsb.example.gov', '202-555-0121'),
    },
  ],
};
