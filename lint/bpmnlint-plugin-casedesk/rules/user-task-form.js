const { is } = require('bpmnlint-utils');
const { camundaAttr, isBlank } = require('./util');

/**
 * Every user task shows a Camunda Form that was deployed with it:
 * camunda:formRef plus camunda:formRefBinding="deployment".
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    if (isBlank(camundaAttr(node, 'formRef'))) {
      reporter.report(node.id, 'User task must reference a Camunda Form (camunda:formRef)');
      return;
    }

    const binding = camundaAttr(node, 'formRefBinding');
    if (binding !== 'deployment') {
      reporter.report(node.id,
        `User task form must be bound to its deployment (camunda:formRefBinding="deployment", found ${ binding ? `"${ binding }"` : 'none' })`);
    }
  }

  return { check };
};
