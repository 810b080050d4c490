/** Prose look-alikes (UNKNOWN) from facilities and operations of the eval37 world. */
import type { Block } from './kit37.js';
import { ALT_DC, CSP, CSP_SHORT, DCOPS, PRIMARY_DC, PROPRIETARY, revisionHistory } from './world37.js';

export function generatorRecordBlocks(): Block[] {
  return [
    { p: 'HIGH DESERT POWER SYSTEMS, INC. — Field Service Report', bold: true, size: 26 },
    { p: 'Work Order 55-18832 | Customer: Cascade Ironworks Cloud — BOI-1 | Service date: 02/11/2026' },
    { h: 2, text: 'Equipment', asBold: true },
    { table: [['Unit', 'Make / Model', 'Serial', 'Rating', 'Hours'], ['GEN-A', 'Caterpillar 3516C', 'CAT0SBJ01492', '2000 kW standby', '1,284.6'], ['GEN-B', 'Caterpillar 3516C', 'CAT0SBJ01507', '2000 kW standby', '1,271.2'], ['ATS-1', 'ASCO 7000 Series', 'ASC-774120', '4000 A', '—']] },
    { h: 2, text: 'Work Performed', asBold: true },
    { bullets: ['Annual preventive maintenance: changed engine oil and filters, fuel filters, air filters.', 'Coolant tested: freeze point -34 °F, SCA level acceptable.', 'Batteries load tested; GEN-B starting battery 2 replaced (date code 2021).', '4-hour load bank test at 75% nameplate: stable voltage 480 V ±0.5%, frequency 60.0 Hz.', 'Fuel sample taken from both belly tanks for particulate and water analysis.', 'Transfer switch exercised; transfer time 8.2 seconds.'] },
    { h: 2, text: 'Findings and Recommendations', asBold: true },
    { p: 'Jacket water heater on GEN-A draws intermittently; recommend replacement at next visit (quote Q-7731 attached). Block heater hose showing minor cracking. No other deficiencies. Units returned to AUTO.' },
    { h: 2, text: 'Fuel Levels at Departure', asBold: true },
    { table: [['Tank', 'Capacity (gal)', 'Level (gal)', 'Runtime at 100% load'], ['GEN-A belly tank', '4,200', '3,950', '~28 h'], ['GEN-B belly tank', '4,200', '4,010', '~28.5 h'], ['Bulk tank T-1', '12,000', '11,300', 'shared']] },
    { p: 'Technician: Raul Esquivel, EGSA Certified Generator Technician #4471. Customer representative: Lena Sorensen.' },
    { p: 'Next scheduled service: 08/2026 (semi-annual inspection).' },
  ];
}

export function maintenanceContractBlocks(): Block[] {
  return [
    { p: 'HARDWARE MAINTENANCE AND SUPPORT SERVICES AGREEMENT', bold: true, size: 30, center: true },
    { p: `This Hardware Maintenance and Support Services Agreement (the "Agreement") is entered into as of January 1, 2026 (the "Effective Date") by and between ${CSP}, an Idaho limited liability company ("Customer"), and Summit Third-Party Maintenance, Inc., a Colorado corporation ("Provider").` },
    { h: 1, text: '1. Definitions' },
    { p: '"Covered Equipment" means the servers, storage arrays and network devices listed by serial number in Schedule A. "Response Time" means the interval between Customer\'s logging of a service request and the arrival of a qualified engineer on site. "Business Day" means Monday through Friday excluding U.S. federal holidays.' },
    { h: 1, text: '2. Services' },
    { p: 'Provider shall furnish remedial maintenance, parts replacement and firmware advisory services for the Covered Equipment 24 hours a day, 7 days a week, with a four-hour on-site Response Time for equipment designated Priority 1 in Schedule A. Provider shall maintain a forward stocking location within 50 miles of each Customer facility.' },
    { h: 1, text: '3. Media Retention' },
    { p: 'Failed storage media shall not be removed from Customer premises. Provider shall leave defective drives with Customer for destruction in accordance with Customer\'s media sanitization procedures, and Customer shall not be charged for the retained drives.' },
    { h: 1, text: '4. Personnel and Facility Access' },
    { p: 'Provider engineers shall present government-issued identification, be escorted at all times while in Customer data halls, and comply with Customer\'s posted facility rules. Provider shall ensure that its engineers have passed a background check within the previous three years.' },
    { h: 1, text: '5. Fees and Payment' },
    { p: 'Customer shall pay the annual fees set forth in Schedule B quarterly in advance. Invoices are due net thirty (30) days. Equipment added during the term will be prorated.' },
    { h: 1, text: '6. Term and Termination' },
    { p: 'The initial term is three (3) years. Either party may terminate for material breach not cured within thirty (30) days after written notice.' },
    { h: 1, text: '7. Limitation of Liability' },
    { p: 'EXCEPT FOR BREACHES OF CONFIDENTIALITY, NEITHER PARTY SHALL BE LIABLE FOR INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES. EACH PARTY\'S AGGREGATE LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE TWELVE MONTHS PRECEDING THE CLAIM.' },
    { h: 1, text: '8. General' },
    { p: 'This Agreement is governed by the laws of the State of Idaho. It constitutes the entire agreement of the parties and supersedes all prior proposals.' },
    { table: [['CUSTOMER', 'PROVIDER'], [`${CSP}`, 'Summit Third-Party Maintenance, Inc.'], ['By: /s/ Helen Moravec', 'By: /s/ Trent Olafsen'], ['VP Procurement', 'Regional Sales Director']] },
    { h: 2, text: 'Schedule A — Covered Equipment (excerpt)' },
    { table: [['Serial', 'Model', 'Site', 'Priority'], ['DE9K2JQ7T', 'Dell PowerEdge R760', 'BOI-1', 'P1'], ['SU0X8N1RM', 'Supermicro SYS-221H-TNR', 'BOI-1', 'P2'], ['NE2281004517', 'NetApp AFF A400', 'GEG-2', 'P1']] },
  ];
}

export function colocationAgreementBlocks(): Block[] {
  return [
    { p: 'COLOCATION SERVICES AGREEMENT', bold: true, size: 30, center: true },
    { p: 'Agreement No. COLO-BOI1-0192' },
    { p: `This Colocation Services Agreement is made between ${CSP} ("Cascade Ironworks") and Treasure Valley Credit Union ("Customer") for the licence of space and power in the ${PRIMARY_DC} facility. This agreement covers colocation only: it does not include any cloud service, and Customer equipment is outside any Cascade Ironworks cloud offering.` },
    { h: 1, text: '1. Licensed Space' },
    { table: [['Item', 'Description', 'Monthly Recurring Charge'], ['Cabinet', '2 x 48U locking cabinets, Data Hall C, cage C-14', '$2,400.00'], ['Power', '2 x 208V/30A A+B circuits per cabinet (metered)', '$1,150.00'], ['Cross-connects', '4 single-mode fiber cross-connects to Meet-Me Room', '$600.00'], ['Remote hands', '2 hours per month included; additional at $150/hour', 'Included']] },
    { h: 1, text: '2. Service Levels' },
    { p: 'Cascade Ironworks will maintain 100% power availability to Customer cabinets where both A and B circuits are used, and maintain cold-aisle temperature between 64.4 °F and 80.6 °F. Service credits for outages are described in Exhibit B and are Customer\'s sole remedy.' },
    { h: 1, text: '3. Access' },
    { p: 'Customer may designate up to five authorized individuals on the access list. Authorized individuals must present photo ID and will be enrolled in biometric access. Customer is responsible for the conduct of its personnel and contractors in the facility.' },
    { h: 1, text: '4. Customer Obligations' },
    { p: 'Customer shall not exceed the contracted power draw of 80% of circuit capacity, shall install blanking panels, and shall not store combustible materials (including cardboard) in the data hall.' },
    { h: 1, text: '5. Term' },
    { p: 'Thirty-six (36) months from the service commencement date, renewing automatically for successive twelve-month terms unless either party provides ninety days\' notice.' },
    { p: PROPRIETARY, size: 16 },
  ];
}

export function refreshPlanBlocks(): Block[] {
  return [
    { p: 'FY2027 Hardware Refresh Plan', bold: true, size: 34 },
    { p: `Infrastructure Engineering — ${CSP_SHORT} — prepared for the Capital Planning Committee` },
    ...revisionHistory([['01/09/2026', '0.3', 'Draft with vendor quotes', 'T. Nakamura'], ['02/14/2026', '0.5', 'Added storage option B', 'T. Nakamura']]),
    { h: 1, text: '1 Summary' },
    { p: 'This plan proposes replacing end-of-support hardware in FY2027: 24 Dell PowerEdge R750 hosts reaching end of ProSupport in 09/2027, two NetApp AFF A300 arrays at end of availability, and four Arista 7050X3 leaf switches. Estimated capital expenditure is $4.1M with an expected 22% reduction in power draw per tenant vCPU.' },
    { h: 1, text: '2 Drivers' },
    { bullets: ['Vendor end-of-support dates (see Table 2).', 'Power density: current Data Hall A racks average 9.8 kW; new platforms allow 14 kW racks within existing cooling.', 'Capacity forecast: 31% annual growth in tenant vCPU demand.', 'Consolidation of storage onto a single ONTAP version.'] },
    { h: 1, text: '3 Options Considered' },
    { table: [['Option', 'Description', 'CapEx', 'Risk'], ['A', 'Like-for-like replacement (R760, AFF A400)', '$4.1M', 'Low'], ['B', 'Move storage to NVMe/TCP disaggregated arrays', '$4.6M', 'Medium — new operational model'], ['C', 'Extend support with third-party maintenance 2 years', '$0.9M opex', 'High — firmware updates end']] },
    { h: 1, text: '4 Schedule' },
    { table: [['Quarter', 'Activity'], ['FY27 Q1', 'Purchase orders; receiving and burn-in at BOI-1'], ['FY27 Q2', 'Cluster migrations (rolling, no tenant downtime)'], ['FY27 Q3', 'Storage migrations; decommission and media destruction'], ['FY27 Q4', 'GEG-2 refresh']] },
    { h: 1, text: '5 Recommendation' },
    { p: 'Infrastructure Engineering recommends Option A, with a proof of concept for Option B in a non-production hall. Decommissioned drives will be destroyed on site and recorded by certificate of destruction. Compliance impact analysis will be performed through the normal change process once the plan is approved.' },
  ];
}

export function floodRiskBlocks(): Block[] {
  return [
    { p: 'Facility Flood Hazard Risk Assessment', bold: true, size: 32 },
    { p: `Site: ${PRIMARY_DC} — Prepared by Ridgecrest Civil & Hydrology Consultants for ${CSP} — January 2026` },
    { h: 1, text: '1 Scope' },
    { p: 'This assessment evaluates riverine, stormwater and internal (plumbing) flood hazards to the BOI-1 data center building, its utility yard (generators, bulk fuel tank, chillers) and access roads, and recommends mitigations. It is an engineering study of the building and site; it does not assess information security controls.' },
    { h: 1, text: '2 Site Characteristics' },
    { p: 'The site lies in FEMA Zone X (shaded), outside the 1%-annual-chance floodplain of the Boise River, at a finished floor elevation of 2,612.4 ft NAVD88, 6.1 ft above the 0.2%-annual-chance flood elevation. The nearest irrigation canal (Ridenbaugh Canal) runs 0.4 miles north.' },
    { h: 1, text: '3 Hazard Analysis' },
    { table: [['Hazard', 'Likelihood', 'Consequence', 'Rating'], ['Riverine flooding (500-year)', 'Rare', 'Major', 'Medium'], ['Canal breach', 'Unlikely', 'Moderate', 'Medium'], ['Roof drain overflow in cloudburst', 'Possible', 'Moderate', 'Medium'], ['Chilled water pipe rupture in data hall', 'Possible', 'Major', 'High'], ['Fire sprinkler discharge (pre-action)', 'Rare', 'Major', 'Medium']] },
    { h: 1, text: '4 Recommendations' },
    { bullets: ['Raise the generator fuel tank fill port and vent 18 inches.', 'Add a second sump pump with generator-backed power in the electrical room.', 'Extend leak detection to the chilled water header in corridor 2.', 'Regrade the north swale to direct sheet flow away from the loading dock.'] },
    { p: 'Prepared by: Amara Lindqvist, P.E. (Idaho #18842). This report is for the exclusive use of the client.' },
  ];
}

export function meetingMinutesBlocks(): Block[] {
  return [
    { h: 1, text: 'Data Center Operations — Quarterly Review (Q1 2026) — Minutes' },
    { p: `Date: 03/05/2026, 10:00–11:30 MT. Location: BOI-1 conference room 2 and Teams. Chair: ${DCOPS}.` },
    { p: 'Attendees: L. Sorensen, J. Perrault, T. Nakamura, R. Esquivel (HDPS, item 3 only), M. Oyelaran, facilities engineering (3).' },
    { h: 2, text: '1. Capacity' },
    { p: 'Data Hall A is at 71% of contracted critical load (1.42 MW of 2.0 MW). Cooling headroom is tighter than power: CRAH-7 is out for a fan bearing. T. Nakamura to present the FY27 refresh plan at the April capital meeting.' },
    { h: 2, text: '2. Incidents and near misses' },
    { p: 'One tailgating attempt at the mantrap on 02/19 was stopped by anti-passback; the event was reported to the SOC and closed. One false VESDA pre-alarm in Hall B caused by construction dust in the corridor.' },
    { h: 2, text: '3. Generator and fuel' },
    { p: 'Annual PM completed 02/11 with no major findings. Fuel polishing scheduled for May. The fuel contract with Treasure Valley Petroleum renews in July; procurement to confirm that the 6-hour emergency delivery commitment is kept.' },
    { h: 2, text: '4. Audit support' },
    { p: 'The 3PAO site walkthrough is planned for April 7. M. Oyelaran asked that visitor logs for the last 12 months be retrievable at GEG-2; J. Perrault to check retention settings.' },
    { h: 2, text: 'Action items' },
    { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Replace CRAH-7 fan bearing', 'Facilities', '03/20'], ['2', 'Confirm GEG-2 visitor log retention', 'J. Perrault', '03/15'], ['3', 'Get quote for second sump pump', 'Facilities', '04/01'], ['4', 'Schedule fire suppression semi-annual inspection', DCOPS, '04/30']] },
    { p: `Next meeting: 06/04/2026. Minutes taken by the operations coordinator; sites covered: ${PRIMARY_DC} and ${ALT_DC}.` },
  ];
}

export function capacityReportBlocks(): Block[] {
  return [
    { p: 'Power & Cooling Capacity Report — February 2026', bold: true, size: 30 },
    { p: `${CSP_SHORT} Critical Facilities — generated from the building management system (BMS) and branch circuit monitoring` },
    { h: 1, text: 'Site Summary' },
    { table: [['Site', 'Design IT load (kW)', 'Peak IT load (kW)', 'Utilization', 'Avg PUE', 'Cooling capacity (kW)', 'Cooling load (kW)'], ['BOI-1 Hall A', '2,000', '1,421', '71.1%', '1.38', '2,400', '1,655'], ['BOI-1 Hall B', '1,000', '388', '38.8%', '1.52', '1,200', '470'], ['GEG-2 Hall 1', '1,500', '702', '46.8%', '1.29', '1,800', '820']] },
    { h: 1, text: 'UPS Systems' },
    { table: [['UPS', 'Rating', 'Load %', 'Battery runtime at load', 'Last battery test'], ['UPS-A1', '1,000 kVA', '68%', '14 min', '01/22/2026'], ['UPS-A2', '1,000 kVA', '69%', '14 min', '01/22/2026'], ['UPS-G1', '800 kVA', '44%', '21 min', '12/10/2025']] },
    { h: 1, text: 'Observations' },
    { p: 'Hall A crossed the 70% planning threshold in January. At the current growth rate of 2.1% per month, Hall A reaches the 85% alarm threshold in August 2026. The hot-aisle containment retrofit in rows A11–A14 reduced return air temperature variance by 3.4 °C. CRAH-7 is out of service awaiting a fan bearing, leaving N+1 redundancy (normally N+2).' },
    { h: 1, text: 'Top 10 Cabinets by Power Draw' },
    { table: [['Cabinet', 'Circuit A (kW)', 'Circuit B (kW)', 'Total (kW)'], ['A07', '6.1', '6.0', '12.1'], ['A08', '5.8', '5.9', '11.7'], ['A12', '5.5', '5.4', '10.9'], ['A03', '5.2', '5.3', '10.5'], ['A15', '5.0', '5.1', '10.1']] },
  ];
}

export function fireCertBlocks(): Block[] {
  return [
    { p: 'CERTIFICATE OF INSPECTION', bold: true, size: 32, center: true },
    { p: 'Clean Agent Fire Suppression System — NFPA 2001 / NFPA 72', center: true },
    { p: 'Issued by: Gem State Fire Protection, LLC — Idaho State Fire Marshal License FPC-20931' },
    { table: [['Property', `${CSP} — BOI-1 Data Center, 2150 E. Overland Road, Meridian, ID`], ['System', 'FM-200 (HFC-227ea) total flooding, Zones 1–6 (Data Halls A & B, UPS room, battery room)'], ['Control panel', 'Kidde ARIES NetLink, VESDA VLF-500 early warning detection'], ['Agent cylinders', '14 cylinders, total 4,830 lb agent; weights within 5% of nameplate'], ['Inspection type', 'Semi-annual inspection and test'], ['Inspection date', '10/14/2025'], ['Next inspection due', '04/2026']] },
    { h: 2, text: 'Tests performed' },
    { bullets: ['Cylinder weight and pressure check (all within tolerance).', 'Releasing circuits tested with simulated actuators.', 'Abort and manual release stations operated.', 'HVAC shutdown and damper closure interlocks verified.', 'Room integrity (door fan) test: hold time 12.4 min (minimum 10 min).'] },
    { p: 'Result: SYSTEM IN SERVICE — NO DEFICIENCIES NOTED.', bold: true },
    { p: 'This certifies that the above system was inspected and tested in accordance with the applicable NFPA standards and the manufacturer\'s instructions on the date shown. Inspector: Colby Hartmann, NICET Level III #118204.' },
  ];
}

export function destructionCertBlocks(): Block[] {
  return [
    { p: 'CERTIFICATE OF DESTRUCTION', bold: true, size: 32, center: true },
    { p: 'Certificate No. SDS-2026-00417', center: true },
    { p: 'Secure Data Shred NW, Inc. — NAID AAA Certified (Plant-based and Mobile Operations)' },
    { table: [['Client', CSP], ['Service location', `${PRIMARY_DC} — loading dock (mobile shred truck)`], ['Service date', '02/26/2026'], ['Method', 'Degauss (Garner TS-1XT, 20,000 Oe) followed by physical shredding to 2 mm particle size'], ['Sanitization standard', 'NIST SP 800-88 Rev. 1 — Destroy'], ['Witnessed by', 'Jonah Perrault (Cascade Ironworks), Devin Marsh (SDS operator)']] },
    { h: 2, text: 'Media destroyed' },
    { table: [['Media type', 'Quantity', 'Serial numbers'], ['3.5" SAS HDD', '37', 'See attached manifest, pages 2–3'], ['2.5" NVMe SSD', '22', 'See attached manifest'], ['LTO-7 tape', '40', 'Barcodes CI0001L7–CI0040L7']] },
    { p: 'Secure Data Shred NW, Inc. certifies that the media listed above was collected and destroyed in a manner that renders the data unrecoverable, and that chain of custody was maintained from collection to destruction. This certificate is issued in lieu of the materials.' },
    { p: 'Authorized signature: /s/ Kendra Lowe, Compliance Manager — 02/27/2026' },
  ];
}

export function tierCertBlocks(): Block[] {
  return [
    { p: 'UPTIME INSTITUTE', bold: true, size: 30, center: true },
    { p: 'Tier Certification of Constructed Facility', bold: true, size: 26, center: true },
    { p: 'TIER III', bold: true, size: 44, center: true },
    { p: `This is to certify that the constructed facility of ${CSP}, BOI-1 Data Center, Meridian, Idaho, United States, has been demonstrated to meet the Tier III Concurrently Maintainable requirements of the Uptime Institute Tier Standard: Topology.` },
    { p: 'Every capacity component and distribution path in the site infrastructure can be removed from service on a planned basis without impacting the critical environment or IT processes. Certification is based on site demonstrations of the constructed facility performed by Uptime Institute consultants on 09/16–09/18/2025.' },
    { table: [['Award ID', '1872'], ['Date of award', '10/02/2025'], ['Facility', 'BOI-1, Data Halls A and B'], ['Design critical IT load', '3,000 kW']] },
    { p: 'Tier Certification applies to the facility topology only and does not represent the operational sustainability of the site. The Tier Certification of Constructed Facility does not expire but may be revoked if the facility is modified without re-certification.' },
    { p: 'Signed: Managing Director, Uptime Institute Professional Services, LLC' },
  ];
}
