const { is } = require('bpmnlint-utils');
const { camundaAttr, isBlank, isExpression } = require('./util');

/** The staff groups Casedesk creates (io.casedesk.platform.identity.StaffGroups). */
const STAFF_GROUPS = [
  'support-analysts',
  'support-managers',
  'vp-customer-experience',
  'ceo',
  'camunda-admin'
];

/** Splits a comma-separated list, leaving commas inside ${...} alone. */
function splitGroups(value) {
  const entries = [];
  let depth = 0;
  let current = '';
  for (const ch of String(value)) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      entries.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  entries.push(current.trim());
  return entries;
}

/**
 * Every user task names who may work on it: camunda:candidateGroups whose entries are Casedesk
 * staff groups, or expressions (the escalation ladder picks the group at run time).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const groups = camundaAttr(node, 'candidateGroups');
    if (isBlank(groups)) {
      reporter.report(node.id, 'User task must have candidate groups (camunda:candidateGroups)');
      return;
    }

    for (const entry of splitGroups(groups)) {
      if (!STAFF_GROUPS.includes(entry) && !isExpression(entry)) {
        reporter.report(node.id,
          `Unknown candidate group "${ entry }": use one of ${ STAFF_GROUPS.join(', ') } or an expression \${...}`);
      }
    }
  }

  return { check };
};

module.exports.STAFF_GROUPS = STAFF_GROUPS;
