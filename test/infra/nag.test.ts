/**
 * cdk-nag 3 (AwsSolutions, NIST 800-53 R5, Serverless) over the whole stack: zero unacknowledged
 * findings, and every acknowledgement names one finding that really occurs, with a real reason.
 */
import type { IConstruct } from 'constructs';
import { acknowledgementsFor } from '../../infra/acknowledgements.js';
import { nagPacks } from '../../infra/build-app.js';
import { buildApp, buildStack, type BuiltStack } from './stack-fixture.js';

interface Finding {
  rule: string;
  path: string;
}

function findings(built: BuiltStack): Finding[] {
  return nagPacks(built.app).flatMap((pack) => pack.validateScope(built.app).violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? '' }))));
}

const withEmail = { alarmEmail: 'isso@agency.example.gov' };

describe('cdk-nag', () => {
  test('the three packs find nothing unacknowledged (with and without an alarm email)', () => {
    expect(findings(buildStack(withEmail))).toEqual([]);
    expect(findings(buildStack())).toEqual([]);
  });

  test('each acknowledgement names one finding that occurs on its construct, with a reason', () => {
    const bare = buildStack(withEmail, { acknowledge: false });
    const raw = findings(bare);
    const acks = acknowledgementsFor(bare.stack);
    const pathOf = (c: IConstruct): string => c.node.path;
    for (const ack of acks) {
      // One finding id: a rule, or one `Rule[finding]` of a rule reporting several; never a prefix.
      expect(ack.id).toMatch(/^(AwsSolutions|NIST\.800\.53\.R5|Serverless)-[A-Za-z0-9]+(\[[^\]]+\])?$/);
      expect(ack.reason.length).toBeGreaterThan(40);
      const at = pathOf(ack.at(bare.stack));
      const matched = raw.filter((f) => f.rule === ack.id && (f.path === at || f.path.startsWith(`${at}/`)));
      expect({ ack: `${ack.id} @ ${at}`, matched: matched.length > 0 }).toEqual({ ack: `${ack.id} @ ${at}`, matched: true });
    }
    // No two acknowledgements of the same finding on the same construct.
    const keys = acks.map((a) => `${a.id} @ ${pathOf(a.at(bare.stack))}`);
    expect(new Set(keys).size).toBe(keys.length);
    // And every raw finding is covered by exactly the acknowledgements listed (nothing else silences it).
    const covered = (f: Finding) => acks.some((a) => a.id === f.rule && (f.path === pathOf(a.at(bare.stack)) || f.path.startsWith(`${pathOf(a.at(bare.stack))}/`)));
    expect(raw.filter((f) => !covered(f))).toEqual([]);
  });

  test('a new finding fails the synth itself (the packs run as CDK validation plugins)', () => {
    expect(() => buildApp(withEmail).app.synth()).not.toThrow();
    // The same app without its acknowledgements: synth stops on the findings.
    expect(() => buildApp(withEmail, { acknowledge: false }).app.synth()).toThrow(/S3BucketReplicationEnabled[\s\S]*LambdaInsideVPC|LambdaInsideVPC[\s\S]*S3BucketReplicationEnabled/);
  });
});
