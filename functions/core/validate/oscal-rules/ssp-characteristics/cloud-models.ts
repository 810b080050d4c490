import { select } from '../query.js';
import type { OscalRule, RuleContext, Violation } from '../types.js';

import { allowed, has, namedProps, oneOf, propText, sspRule } from './helpers.js';

/**
 * Cloud service and deployment models (system-characteristics props), their remarks when "other" or
 * "hybrid-cloud", and what they imply: a leveraged authorization under SaaS/PaaS, a public cloud when
 * anything is public.
 */

type Model = 'cloud-service-model' | 'cloud-deployment-model';

const modelProps = (ctx: RuleContext, model: Model) => select(ctx.doc, 'system-characteristics').flatMap((sc) => namedProps(sc, model));

const hasModel = (model: Model): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const sc of select(ctx.doc, 'system-characteristics')) {
      if (namedProps(sc, model).length === 0) yield { message: `system-characteristics has no ${model} property`, pointer: sc.pointer };
    }
  };

const modelAllowed = (model: Model, valueSet: string): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    const values = allowed(ctx, valueSet);
    for (const p of modelProps(ctx, model)) {
      const v = propText(p);
      if (!values.has(v)) yield { message: `${model} '${v}' is not one of ${oneOf(values)}`, pointer: p.pointer };
    }
  };

const remarksFor = (model: Model, value: string): ((ctx: RuleContext) => Iterable<Violation>) =>
  function* (ctx) {
    for (const p of modelProps(ctx, model)) {
      if (propText(p) === value && !has(p, 'remarks')) yield { message: `${model} '${value}' has no remarks explaining it`, pointer: p.pointer };
    }
  };

function* leveragedForSaasPaas(ctx: RuleContext): Iterable<Violation> {
  const leveraged = select(ctx.doc, 'system-implementation/leveraged-authorizations').length > 0;
  if (leveraged) return;
  for (const p of modelProps(ctx, 'cloud-service-model')) {
    const v = propText(p);
    if (v === 'saas' || v === 'paas') yield { message: `cloud-service-model is '${v}' but the system implementation declares no leveraged authorization`, pointer: p.pointer };
  }
}

function* publicCloud(ctx: RuleContext): Iterable<Violation> {
  const publicThings = ['system-implementation/components', 'system-implementation/inventory-items']
    .flatMap((path) => select(ctx.doc, path))
    .filter((n) => namedProps(n, 'public').some((p) => propText(p) === 'yes'));
  if (publicThings.length === 0) return;
  const models = modelProps(ctx, 'cloud-deployment-model');
  if (models.length === 0 || models.some((p) => propText(p) === 'public-cloud')) return;
  for (const p of models) {
    yield { message: `cloud-deployment-model is '${propText(p)}' although ${publicThings.length} component(s) or inventory item(s) are public; it must be 'public-cloud'`, pointer: p.pointer };
  }
}

export const RULES: readonly OscalRule[] = [
  sspRule('has-cloud-service-model', 'error', 'A FedRAMP SSP must specify a cloud service model.', hasModel('cloud-service-model')),
  sspRule('has-allowed-cloud-service-model', 'error', 'A FedRAMP SSP must specify an allowed cloud service model.', modelAllowed('cloud-service-model', 'service-model')),
  sspRule('has-cloud-service-model-remarks', 'error', 'A FedRAMP SSP with a cloud service model of "other" must supply remarks.', remarksFor('cloud-service-model', 'other')),
  sspRule('has-cloud-deployment-model', 'error', 'A FedRAMP SSP must specify a cloud deployment model.', hasModel('cloud-deployment-model')),
  sspRule('has-allowed-cloud-deployment-model', 'error', 'A FedRAMP SSP must specify an allowed cloud deployment model.', modelAllowed('cloud-deployment-model', 'deployment-model')),
  sspRule('has-cloud-deployment-model-remarks', 'error', 'A FedRAMP SSP with a cloud deployment model of "hybrid-cloud" must supply remarks.', remarksFor('cloud-deployment-model', 'hybrid-cloud')),
  sspRule(
    'has-leveraged-authorization-with-cloud-service-model',
    'error',
    'A FedRAMP SSP must define a leveraged authorization for any paas or saas cloud service model.',
    leveragedForSaasPaas,
  ),
  sspRule(
    'has-public-cloud-deployment-model',
    'error',
    'When a FedRAMP SSP has public components or inventory items, a cloud deployment model of "public-cloud" must be employed.',
    publicCloud,
  ),
];
