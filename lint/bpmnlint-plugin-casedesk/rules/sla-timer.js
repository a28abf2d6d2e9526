const { is } = require('bpmnlint-utils');
const { isExpression } = require('./util');

/** An identifier such as slaClocks, resolutionSlaDue, firstResponseDue or dueDate. */
const SLA_NAME = /^(sla|due)|Sla|SLA|Due/;

/**
 * Every deadline comes from the SLA clocks: a timer is a timeDate whose ${...} expression names
 * a variable or bean about the SLA (containing "Due" or "sla"), never a fixed duration or cycle.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:TimerEventDefinition')) {
      return;
    }

    const event = node.$parent;
    const id = (event && event.id) || node.id;

    if (node.timeDuration || node.timeCycle) {
      reporter.report(id, `Timer must use timeDate from the SLA clocks, not ${ node.timeDuration ? 'timeDuration' : 'timeCycle' }`);
      return;
    }

    const expression = node.timeDate && node.timeDate.body;
    if (!expression || !expression.trim()) {
      reporter.report(id, 'Timer must have a timeDate expression from the SLA clocks, e.g. ${firstResponseDue}');
      return;
    }

    if (!isExpression(expression)) {
      reporter.report(id, `Timer date "${ expression.trim() }" must be an expression \${...} from the SLA clocks`);
      return;
    }

    const identifiers = expression.match(/[A-Za-z_$][\w$]*/g) || [];
    if (!identifiers.some(name => SLA_NAME.test(name))) {
      reporter.report(id,
        `Timer date ${ expression.trim() } must refer to the SLA clocks (a variable or bean whose name contains "Due" or "sla")`);
    }
  }

  return { check };
};
