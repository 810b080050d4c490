/** Fictional cloud service providers, assessors and agency officials of the evaluation corpus. */

export interface Who {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface Provider {
  legal: string;
  short: string;
  system: string;
  abbrev: string;
  level: 'Low' | 'Moderate' | 'High';
  model: string;
  iaas: string;
  domain: string;
  address: string;
  owner: Who;
  isso: Who;
  ciso: Who;
  engineer: Who;
  prefix: string;
}

export interface Assessor {
  legal: string;
  short: string;
  lead: Who;
  address: string;
}

export interface AgencyOfficial {
  agency: string;
  bureau: string;
  ao: Who;
  reviewer: Who;
  city: string;
}

const who = (name: string, title: string, domain: string, phone: string): Who => {
  const [first = 'x', ...rest] = name.toLowerCase().split(' ');
  return { name, title, email: `${first}.${rest[rest.length - 1] ?? ''}@${domain}`, phone };
};

export const LUMEN: Provider = {
  legal: 'Lumenfield Analytics, Inc.',
  short: 'Lumenfield',
  system: 'Lumenfield Insight Platform',
  abbrev: 'LIP',
  level: 'Moderate',
  model: 'Software as a Service (SaaS)',
  iaas: 'Amazon Web Services GovCloud (US-West)',
  domain: 'lumenfield.io',
  address: '2200 Wilson Boulevard, Suite 410, Arlington, VA 22201',
  owner: who('Renata Okafor', 'VP, Platform Operations', 'lumenfield.io', '(703) 555-0141'),
  isso: who('Graham Whitcombe', 'Information System Security Officer', 'lumenfield.io', '(703) 555-0177'),
  ciso: who('Priya Raghunathan', 'Chief Information Security Officer', 'lumenfield.io', '(703) 555-0102'),
  engineer: who('Tomasz Wrobel', 'Principal Cloud Engineer', 'lumenfield.io', '(703) 555-0158'),
  prefix: '10.42',
};

export const CORVANE: Provider = {
  legal: 'Corvane Systems LLC',
  short: 'Corvane',
  system: 'Corvane CaseFlow GovCloud',
  abbrev: 'CCG',
  level: 'High',
  model: 'Software as a Service (SaaS)',
  iaas: 'Microsoft Azure Government',
  domain: 'corvane.com',
  address: '1 Research Court, Suite 300, Rockville, MD 20850',
  owner: who('Dwayne Castellanos', 'General Manager, Public Sector', 'corvane.com', '(301) 555-0190'),
  isso: who('Mei-Lin Harcourt', 'ISSO', 'corvane.com', '(301) 555-0126'),
  ciso: who('Oluwaseun Adeyemi', 'CISO', 'corvane.com', '(301) 555-0111'),
  engineer: who('Kirsten Vaaler', 'Site Reliability Lead', 'corvane.com', '(301) 555-0164'),
  prefix: '172.20',
};

export const HARBOR: Provider = {
  legal: 'BrightHarbor Software Corporation',
  short: 'BrightHarbor',
  system: 'HarborDesk Service Management',
  abbrev: 'HDSM',
  level: 'Moderate',
  model: 'Software as a Service (SaaS)',
  iaas: 'Google Cloud Platform (Assured Workloads, FedRAMP High)',
  domain: 'brightharbor.com',
  address: '455 Market Street, 9th Floor, San Francisco, CA 94105',
  owner: who('Aaron Lindqvist', 'Director of Engineering', 'brightharbor.com', '(415) 555-0138'),
  isso: who('Celeste Moreau', 'Security Compliance Manager', 'brightharbor.com', '(415) 555-0183'),
  ciso: who('Hamid Sarrafzadeh', 'Head of Security', 'brightharbor.com', '(415) 555-0109'),
  engineer: who('Bianca Ferreira', 'Staff DevOps Engineer', 'brightharbor.com', '(415) 555-0172'),
  prefix: '10.96',
};

export const QUILL: Provider = {
  legal: 'Quillstone Data Services, Inc.',
  short: 'Quillstone',
  system: 'Quillstone Records Vault',
  abbrev: 'QRV',
  level: 'Low',
  model: 'Software as a Service (SaaS)',
  iaas: 'Oracle Cloud Infrastructure US Government',
  domain: 'quillstone.net',
  address: '8100 Bluebonnet Drive, Austin, TX 78759',
  owner: who('Sofia Brandt', 'Chief Operating Officer', 'quillstone.net', '(512) 555-0120'),
  isso: who('Marcus Obi', 'Compliance Lead', 'quillstone.net', '(512) 555-0185'),
  ciso: who('Elaine Fujimoto', 'VP Security & Risk', 'quillstone.net', '(512) 555-0104'),
  engineer: who('Ravi Chandrasekar', 'Infrastructure Manager', 'quillstone.net', '(512) 555-0166'),
  prefix: '192.168',
};

export const NIMBUS: Provider = {
  legal: 'Nimbuswerk Infrastructure Inc.',
  short: 'Nimbuswerk',
  system: 'Nimbuswerk Federal Compute',
  abbrev: 'NFC',
  level: 'High',
  model: 'Infrastructure as a Service (IaaS)',
  iaas: 'Nimbuswerk-owned data centers (Ashburn, VA and Hillsboro, OR)',
  domain: 'nimbuswerk.com',
  address: '21000 Atlantic Boulevard, Dulles, VA 20166',
  owner: who('Lorraine Abernathy', 'SVP, Federal Cloud', 'nimbuswerk.com', '(571) 555-0133'),
  isso: who('Jerome Tillingham', 'Federal ISSO', 'nimbuswerk.com', '(571) 555-0148'),
  ciso: who('Anneke de Vries', 'Chief Security Officer', 'nimbuswerk.com', '(571) 555-0100'),
  engineer: who('Samuel Achterberg', 'Network Architect', 'nimbuswerk.com', '(571) 555-0171'),
  prefix: '10.160',
};

export const PROVIDERS = [LUMEN, CORVANE, HARBOR, QUILL, NIMBUS] as const;

export const KESTREL: Assessor = {
  legal: 'Kestrel Assurance Partners, LLC',
  short: 'Kestrel',
  lead: who('Natalie Brennan-Cho', 'Assessment Lead, CISSP, CISA', 'kestrelassurance.com', '(571) 555-0219'),
  address: '11710 Plaza America Drive, Reston, VA 20190',
};

export const BRIGHTLINE: Assessor = {
  legal: 'Brightline Cyber Assessments',
  short: 'Brightline',
  lead: who('Victor Anand', 'Principal Assessor', 'brightlinecyber.com', '(443) 555-0287'),
  address: '7250 Parkway Drive, Hanover, MD 21076',
};

export const MERIDIAN: Assessor = {
  legal: 'Meridian Attest Group',
  short: 'Meridian',
  lead: who('Hollis Kwarteng', 'Director, Federal Assessments', 'meridianattest.com', '(720) 555-0244'),
  address: '1600 Stout Street, Suite 1200, Denver, CO 80202',
};

export const INTERIOR: AgencyOfficial = {
  agency: 'U.S. Department of the Interior',
  bureau: 'Office of the Chief Information Officer',
  ao: who('Margaret L. Tennyson', 'Authorizing Official and Deputy Chief Information Officer', 'ios.doi.gov', '(202) 555-0301'),
  reviewer: who('Curtis Oyelaran', 'Cybersecurity Program Analyst', 'ios.doi.gov', '(202) 555-0322'),
  city: 'Washington, DC 20240',
};

export const EDUCATION: AgencyOfficial = {
  agency: 'U.S. Department of Education',
  bureau: 'Federal Student Aid',
  ao: who('Raymond J. Castille', 'Chief Information Security Officer and Authorizing Official', 'ed.gov', '(202) 555-0377'),
  reviewer: who('Danielle Szabo', 'Information System Security Officer', 'ed.gov', '(202) 555-0345'),
  city: 'Washington, DC 20202',
};

export const SBA: AgencyOfficial = {
  agency: 'U.S. Small Business Administration',
  bureau: 'Office of the Chief Information Officer',
  ao: who('Teresa M. Villanueva', 'Chief Information Officer', 'sba.gov', '(202) 555-0390'),
  reviewer: who('Keith Ambrose', 'Cyber Risk Manager', 'sba.gov', '(202) 555-0312'),
  city: 'Washington, DC 20416',
};
