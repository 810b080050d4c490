// Hard look-alikes in text form: an e-mail thread about a SAR, training records, a ConMon calendar,
// a cloud billing export listing resources. Every one is expected UNKNOWN.
import type { Eval5Doc } from './kit.js';
import { csvLine, int, ipv4, pick, rng } from './kit.js';

function emailThread(): Eval5Doc {
  const text = `From: Erik Varga <evarga@brightline-assurance.example>
To: Dana Abernathy <dabernathy@tamarack.example>
Cc: Priya Lindqvist <plindqvist@tamarack.example>
Subject: RE: RE: Draft SAR - FedCase annual - comments due Friday
Date: Thu, 04 Jun 2026 16:41:09 -0400
Message-ID: <8f3a1c2e.4b7d@brightline-assurance.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dana,

Thanks for the quick turnaround. On your points:

1. V-02 (session lock): we can't downgrade this in the SAR; if you have an
   operational reason, file a deviation request with the agency after the
   POA&M is updated.
2. The scan summary table will be regenerated from the June rescan.
3. Agreed, the recommendation paragraph will reference the agency-approved SAP.

We'll send the final Security Assessment Report through the secure repository
on June 12.

Erik

-----Original Message-----
From: Dana Abernathy
Sent: Wednesday, June 3, 2026 9:02 AM
Subject: RE: Draft SAR - FedCase annual - comments due Friday

Erik, comments attached. Main concern is V-02 - the 30 minute timeout is
required by one agency's workflow. Can we treat it as risk adjusted?

Dana

-----Original Message-----
From: Erik Varga
Sent: Monday, June 1, 2026 5:15 PM
Subject: Draft SAR - FedCase annual - comments due Friday

Team - the draft SAR is in the shared folder. Please send factual corrections
by Friday; we can't change findings, only facts.
`;
  return { file: 'RE_ Draft SAR - comments.eml', expected: 'UNKNOWN', note: 'look-alike: e-mail thread discussing a draft SAR, POA&M and deviation request', data: text };
}

function trainingRecords(): Eval5Doc {
  const r = rng(451);
  const names = ['A. Brooks', 'B. Chen', 'C. Diaz', 'D. Evans', 'E. Fischer', 'F. Gupta', 'G. Haddad', 'H. Ito', 'I. Jensen', 'J. Kowalski', 'K. Lee', 'L. Moreau'];
  const lines = [csvLine(['Employee', 'Department', 'Course', 'Rules of Behavior acknowledged', 'Completed', 'Score', 'Due'])];
  for (const n of names)
    for (const course of ['Annual Security Awareness (AT-2)', 'Role-Based Training: Privileged Users (AT-3)', 'Insider Threat Awareness'])
      lines.push(csvLine([n, pick(r, ['Engineering', 'Support', 'SRE', 'Security']), course, pick(r, ['Yes', 'Yes', 'Yes', 'No']), `2026-0${int(r, 1, 5)}-${String(int(r, 1, 28)).padStart(2, '0')}`, int(r, 80, 100), '2026-06-30']));
  return { file: 'lms_completions_2026H1.csv', expected: 'UNKNOWN', note: 'look-alike: security training completion export with a Rules of Behavior acknowledgment column', data: lines.join('\n') + '\n' };
}

function conmonCalendar(): Eval5Doc {
  const text = `# ConMon deliverable calendar — 2026

Owner: GRC team (Orion Civic Cloud). This page tells the team **when** each continuous
monitoring deliverable is due; it is not itself a deliverable.

| Month | Due date | POA&M | Scans (OS/DB/Web) | Inventory | Notes |
|---|---|---|---|---|---|
| January | Jan 15 | yes | yes | yes | annual SSP update kickoff |
| February | Feb 13 | yes | yes | yes | |
| March | Mar 13 | yes | yes | yes | 3PAO SAP due for annual assessment |
| April | Apr 15 | yes | yes | yes | annual testing window |
| May | May 15 | yes | yes | yes | SAR expected end of month |
| June | Jun 15 | yes | yes | yes | upload annual package |

## Checklist for each monthly upload

- [ ] Export POA&M from the GRC tool and run the template check
- [ ] Attach raw scanner files (.nessus, Qualys CSV) — no PDFs
- [ ] Refresh the integrated inventory workbook
- [ ] List deviation requests and significant change requests submitted this month
- [ ] Post to the agency repository and send the notification e-mail
`;
  return { file: 'README.md', expected: 'UNKNOWN', note: 'look-alike: markdown calendar/checklist of ConMon deliverables', data: text };
}

function billingExport(): Eval5Doc {
  const r = rng(452);
  const lines = [csvLine(['lineItem/UsageStartDate', 'lineItem/ProductCode', 'lineItem/ResourceId', 'resourceTags/user:Name', 'resourceTags/user:Environment', 'product/instanceType', 'product/region', 'lineItem/UsageAmount', 'lineItem/UnblendedCost', 'privateIp'])];
  for (let i = 0; i < 20; i++) {
    const svc = pick(r, ['AmazonEC2', 'AmazonRDS', 'AmazonS3', 'AWSELB']);
    lines.push(csvLine(['2026-05-01T00:00:00Z', svc, svc === 'AmazonS3' ? `hgrp-records-${i}` : `i-0${int(r, 1000000, 9999999)}abc`, `hgrp-${pick(r, ['web', 'api', 'idx', 'db'])}-${i}`, 'prod', svc === 'AmazonEC2' ? 'm6i.xlarge' : '', 'us-gov-west-1', (r() * 744).toFixed(2), (r() * 300).toFixed(4), svc === 'AmazonEC2' ? ipv4(r, '10.60') : '']));
  }
  return { file: 'cur-2026-05-resources.csv', expected: 'UNKNOWN', note: 'look-alike: AWS cost and usage export listing resources, names and IPs (not the inventory workbook)', data: lines.join('\n') + '\n' };
}

export function textLookalikeDocs(): Eval5Doc[] {
  return [emailThread(), trainingRecords(), conmonCalendar(), billingExport()];
}
