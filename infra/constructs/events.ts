import { Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { EVENT_SOURCE } from '../../functions/core/workflow/events.js';

export interface IntakeEventsProps {
  dataKey: kms.IKey;
  /** How long the archive keeps events for replay (days). */
  archiveRetentionDays: number;
}

/**
 * The integration bus (source `fedramp.intake`, schemas in events/), encrypted with the data key, and
 * an archive of every event the pipeline publishes so consumers can replay what they missed.
 */
export class IntakeEvents extends Construct {
  readonly bus: events.EventBus;
  readonly archive: events.Archive;

  constructor(scope: Construct, id: string, props: IntakeEventsProps) {
    super(scope, id);
    const busName = `${Stack.of(this).stackName}-events`;
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: busName, description: 'fedramp-intake integration events', kmsKey: props.dataKey });
    // Not bus.archive(), which drops kmsKey. The source is named by its ARN built from the bus name: the
    // key policy EventBridge needs for the archive then does not depend on the bus (which depends on the key).
    const source = events.EventBus.fromEventBusArn(this, 'Source', Stack.of(this).formatArn({ service: 'events', resource: 'event-bus', resourceName: busName }));
    this.archive = new events.Archive(this, 'Archive', {
      sourceEventBus: source,
      description: 'every fedramp-intake event, for replay',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(props.archiveRetentionDays),
      kmsKey: props.dataKey,
    });
    this.archive.node.addDependency(this.bus);
  }
}
