/** The invented organisations and people that appear across the corpus (all fictitious). */
export const CSP = {
  name: 'Cirrocloud Analytics, Inc.',
  short: 'Cirrocloud',
  cso: 'Cirrocloud Case Management Platform',
  abbr: 'CCMP',
  addr: '4100 Fairfax Drive, Suite 900, Arlington, VA 22203',
  isso: 'Priya Raman',
  ciso: 'Gregory Hales',
  owner: 'Thomas Ekwueme',
  ceo: 'Janet Morrow',
  email: 'fedramp@cirrocloud.example.com',
  fedrampId: 'FR2611874521',
};
export const TPAO = {
  name: 'Brightline Assurance Partners, LLC',
  short: 'Brightline',
  lead: 'Daniel Szabo, CISSP, CISA',
  pentest: 'Rosa Delgado, OSCP',
  qa: 'Hannah Whitcomb',
  a2la: 'A2LA Certificate No. 4821.07',
  addr: '1750 Tysons Boulevard, McLean, VA 22102',
};
export const AGENCY = {
  name: 'Federal Grants Oversight Administration',
  abbr: 'FGOA',
  dept: 'U.S. Department of Community Investment',
  ao: 'Dr. Lena Okafor',
  aoTitle: 'Chief Information Officer and Authorizing Official',
  ciso: 'Raymond Boateng',
  cor: 'Marcus T. Whitfield',
  co: 'Denise Alvarado',
  pm: 'Karen Liu',
  privacy: 'Samuel Ortiz',
  addr: '1800 G Street NW, Washington, DC 20006',
  contract: '70FGOA26C00000042',
  solicitation: '70FGOA25R00000017',
};
/** A second, already authorized offering the agency leverages. */
export const CSP2 = {
  name: 'Meridian Workflow Systems Corp.',
  cso: 'Meridian Records Cloud',
  abbr: 'MRC',
  isso: 'Owen Fitzgerald',
};
