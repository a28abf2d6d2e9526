// House rules of bpmnlint-plugin-casedesk, run on the fixtures next to this file.
// `npm test` runs this with node's test runner.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');

const plugin = require('bpmnlint-plugin-casedesk');

const FIXTURES = path.join(__dirname, 'fixtures');

async function read(fixture) {
  const xml = fs.readFileSync(path.join(FIXTURES, `${ fixture }.bpmn`), 'utf8');
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  assert.deepEqual(warnings.map(w => w.message), [], `${ fixture }.bpmn parses without warnings`);
  return rootElement;
}

/** Lints a fixture with the given config; returns { ruleName: [ { id, message } ] }. */
async function lint(fixture, rules) {
  const linter = new Linter({ resolver: new NodeResolver() });
  const results = await linter.lint(await read(fixture), { rules });
  return Object.fromEntries(Object.entries(results).map(([ rule, reports ]) => [
    rule, reports.map(({ id, message, category }) => ({ id, message, category }))
  ]));
}

/** Runs one house rule on a fixture. */
async function reportsOf(rule, fixture) {
  const results = await lint(fixture, { [`casedesk/${ rule }`]: 'error' });
  return results[`casedesk/${ rule }`] || [];
}

const RULES = [ 'user-task-form', 'user-task-candidate-group', 'sla-timer', 'history-ttl', 'diagram-layout' ];

describe('bpmnlint-plugin-casedesk', () => {

  it('exports every house rule as an error in its recommended config', () => {
    assert.deepEqual(Object.keys(plugin.rules).sort(), [ ...RULES ].sort());
    for (const rule of RULES) {
      assert.equal(plugin.configs.recommended.rules[rule], 'error');
    }
  });

  for (const fixture of [ 'valid', 'valid-escalation' ]) {
    it(`passes ${ fixture }.bpmn with every house rule`, async () => {
      for (const rule of RULES) {
        assert.deepEqual(await reportsOf(rule, fixture), [], rule);
      }
    });

    it(`passes ${ fixture }.bpmn with the whole .bpmnlintrc (recommended, camunda-compat 7.24, house rules)`, async () => {
      const { extends: presets } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '.bpmnlintrc'), 'utf8'));
      const linter = new Linter({ resolver: new NodeResolver(), config: { extends: presets } });
      const results = await linter.lint(await read(fixture));
      const errors = Object.entries(results).flatMap(([ rule, reports ]) => reports
        .filter(r => r.category === 'error')
        .map(r => `${ rule }: ${ r.id } ${ r.message }`));
      assert.deepEqual(errors, []);
    });
  }

  describe('user-task-form', () => {
    it('reports a user task without camunda:formRef', async () => {
      assert.deepEqual(await reportsOf('user-task-form', 'user-task-form-missing'), [
        { id: 'Task_TriageCase', message: 'User task must reference a Camunda Form (camunda:formRef)', category: 'error' }
      ]);
    });

    it('reports a form not bound to the deployment', async () => {
      const [ report, ...more ] = await reportsOf('user-task-form', 'user-task-form-binding-latest');
      assert.equal(more.length, 0);
      assert.equal(report.id, 'Task_TriageCase');
      assert.match(report.message, /formRefBinding="deployment", found "latest"/);
    });
  });

  describe('user-task-candidate-group', () => {
    it('reports a user task without candidate groups', async () => {
      assert.deepEqual(await reportsOf('user-task-candidate-group', 'candidate-group-missing'), [
        { id: 'Task_TriageCase', message: 'User task must have candidate groups (camunda:candidateGroups)', category: 'error' }
      ]);
    });

    it('reports a group that is not a Casedesk staff group', async () => {
      const reports = await reportsOf('user-task-candidate-group', 'candidate-group-unknown');
      assert.equal(reports.length, 1);
      assert.match(reports[0].message, /Unknown candidate group "tier-3"/);
    });

    it('accepts an expression with commas inside (the escalation ladder)', async () => {
      assert.deepEqual(await reportsOf('user-task-candidate-group', 'valid-escalation'), []);
    });
  });

  describe('sla-timer', () => {
    it('reports a timeDuration timer', async () => {
      assert.deepEqual(await reportsOf('sla-timer', 'timer-duration'), [
        { id: 'Timer_FirstResponseDue', message: 'Timer must use timeDate from the SLA clocks, not timeDuration', category: 'error' }
      ]);
    });

    it('reports a fixed date', async () => {
      const reports = await reportsOf('sla-timer', 'timer-fixed-date');
      assert.equal(reports.length, 1);
      assert.match(reports[0].message, /must be an expression/);
    });

    it('reports an expression that does not come from the SLA clocks', async () => {
      const reports = await reportsOf('sla-timer', 'timer-not-sla');
      assert.equal(reports.length, 1);
      assert.match(reports[0].message, /\$\{reminderDate\} must refer to the SLA clocks/);
    });
  });

  describe('history-ttl', () => {
    it('reports an executable process without camunda:historyTimeToLive', async () => {
      assert.deepEqual(await reportsOf('history-ttl', 'history-ttl-missing'), [
        { id: 'Process_history-ttl-missing', message: 'Executable process must set camunda:historyTimeToLive', category: 'error' }
      ]);
    });
  });

  describe('diagram-layout', () => {
    it('reports every boundary event, sequence flow and artifact that is not drawn', async () => {
      const reports = await reportsOf('diagram-layout', 'diagram-incomplete');
      assert.deepEqual(reports.map(r => r.id).sort(), [ 'Flow_ToBreach', 'Note_Sla', 'Timer_FirstResponseDue' ]);
      assert.match(reports.find(r => r.id === 'Flow_ToBreach').message, /BPMNEdge/);
      assert.match(reports.find(r => r.id === 'Note_Sla').message, /BPMNShape/);
    });
  });
});
