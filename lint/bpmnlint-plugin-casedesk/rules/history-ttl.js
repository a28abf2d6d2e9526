const { is } = require('bpmnlint-utils');
const { camundaAttr, isBlank } = require('./util');

/** Every executable process says how long its history is kept (camunda:historyTimeToLive). */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable) {
      return;
    }

    if (isBlank(camundaAttr(node, 'historyTimeToLive'))) {
      reporter.report(node.id, 'Executable process must set camunda:historyTimeToLive');
    }
  }

  return { check };
};
