import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { markdownFacts, markdownKind } from '../../functions/core/classify/extract/markdown.js';
import { scoreDocument } from '../../functions/core/classify/score.js';
import { emptyFacts } from '../../functions/core/classify/types.js';

const classify = (text: string) => classifyDocument(new BufferByteSource(Buffer.from(text, 'utf8')));

const IRP = `---
title: Security Incident Response Plan
owner: security@example.com
version: 2026.1
---

# Nimbus Cloud — Security Incident Response Plan

> Kept in this repository; the PDF in the package is rendered from it.

## 1. Scope

This plan covers every component inside the authorization boundary. It implements IR-8.

| Role | Who |
|---|---|
| Incident Commander | on-call security lead |
`;

describe('markdown documents', () => {
  it('front matter over prose is markdown, not YAML data: its title names the document', async () => {
    const result = await classify(IRP);
    expect(result.format).toBe('text');
    expect(result.type).toBe('INCIDENT_RESPONSE_PLAN');
    expect(result.evidence.join(' ')).toMatch(/title names it/);
  });

  it('reads headings without their marks and tables as cells', () => {
    const facts = markdownFacts(IRP);
    expect(facts.title).toBe('Security Incident Response Plan');
    expect(facts.headings.slice(0, 2)).toEqual(['Nimbus Cloud — Security Incident Response Plan', '1. Scope']);
    expect(facts.lines).toContain('Incident Commander | on-call security lead');
    expect(facts.text).not.toMatch(/[#>]|\|---/);
  });

  it('YAML with comments and multi-document YAML stay YAML', async () => {
    expect(markdownKind('# exported settings\nname: api\nreplicas: 3\n')).toBeUndefined();
    expect(markdownKind('---\na: 1\n---\nb: 2\n')).toBeUndefined();
    const oscal = '# FedRAMP SSP\n---\nsystem-security-plan:\n  uuid: 5b3f2a5c-3c11-4a7b-9b59-0b0a31c1f1a7\n  metadata:\n    title: Acme SSP\n';
    expect((await classify(oscal)).format).toBe('oscal-yaml');
  });

  it('a scanner CSV with a commented preamble stays a CSV', async () => {
    const csv = [
      '# Tenable.sc export generated 2026-05-01',
      '# Query: monthly authenticated',
      'Plugin,Plugin Name,Family,Severity,IP Address,Port,Synopsis',
      '51192,SSL Certificate Cannot Be Trusted,General,Medium,10.0.0.5,443,The certificate cannot be trusted.',
      '51193,SSL Self-Signed Certificate,General,Medium,10.0.0.6,443,The chain ends in a self-signed certificate.',
    ].join('\n');
    expect(await classify(csv)).toMatchObject({ type: 'SCAN_RESULTS', format: 'csv' });
  });

  it('markdown without front matter: its first heading is the title', async () => {
    const result = await classify('# Acme Cloud Configuration Management Plan\n\nThis plan describes baseline configurations, change control and the configuration control board.\n\n## Roles\n\nThe CCB approves every change to the baseline.\n');
    expect(result).toMatchObject({ type: 'CONFIGURATION_MANAGEMENT_PLAN', format: 'text' });
    expect(result.evidence.join(' ')).toMatch(/title names it/);
  });

  it('a name never runs on from one block into the next', () => {
    const facts = markdownFacts('# Release calendar\n\nWe upload the annual package\n\n## Checklist for each upload\n\n- [ ] export\n');
    expect(facts.text).not.toMatch(/package checklist/i);
    expect(facts.text).toMatch(/annual package \| Checklist for each upload/);
  });

  it('a list of deliverables with check boxes under a title of its own is not the package checklist', async () => {
    const text = [
      '# ConMon deliverable calendar — 2026',
      '',
      'This page tells the team when each deliverable is due.',
      '',
      '| Month | SSP | SAP | SAR | POA&M |',
      '|---|---|---|---|---|',
      '| March | update | Security Assessment Plan due | | monthly |',
      '| May | | | Security Assessment Report due | monthly |',
      '',
      'The System Security Plan and the Plan of Action and Milestones are updated each year.',
      '',
      '## Checklist for each monthly upload',
      '',
      '- [ ] Export the POA&M',
      '- [ ] Attach the raw scanner files',
      '- [ ] Post to the agency repository',
    ].join('\n');
    const result = await classify(text);
    expect(result.type).toBe('UNKNOWN');
  });
});

describe('a running page header naming one deliverable is the title', () => {
  it('a section heading that names another deliverable on the first page does not compete', () => {
    const facts = {
      ...emptyFacts('pdf'),
      pageHeaders: ['Meridian Analytics Cloud System Security Plan'],
      lines: ['MAC-01 Security categorization', 'The system is categorized High.'],
      text: 'MAC-01 Security categorization The system is categorized High. Control implementation statements follow for AC-2 within the authorization boundary; the System Security Plan is reviewed annually.',
    };
    const { scores } = scoreDocument(facts);
    expect(scores[0]!.type).toBe('SSP');
    const fips = scores.find((s) => s.type === 'FIPS_199')!;
    expect(fips.evidence.join(' ')).not.toMatch(/first title-like line/);
  });
});

describe('hostile markdown', () => {
  // Each of these lines made a markup pattern backtrack for minutes (the emphasis one took 84 s) before
  // markup was read only on lines of reasonable length.
  it.each([
    ['a heading with a megabyte of closing marks', `# a${' #'.repeat(400_000)}x`],
    ['a line of unclosed emphasis', '*a '.repeat(400_000)],
    ['a line of unclosed links', '[a'.repeat(500_000)],
    ['a line of unclosed bold', '**a'.repeat(400_000)],
    ['a table delimiter row that never ends', `|${'---|'.repeat(200_000)}x`],
  ])('%s is read in bounded time', async (_what, line) => {
    const started = performance.now();
    const result = await classify(`# Notes\n\nSome prose here.\nMore prose here.\n${line}\n`);
    expect(result.type).toBe('UNKNOWN');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('front matter with a hostile title line is read in bounded time', async () => {
    const started = performance.now();
    const result = await classify(`---\ntitle: a${' '.repeat(300_000)}b\n---\n\nSome prose here.\n`);
    expect(result.format).toBe('text');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
