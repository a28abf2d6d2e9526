const { is, isAny } = require('bpmnlint-utils');

/** Element ids drawn in any diagram of the definitions, cached per definitions element. */
const drawnByDefinitions = new WeakMap();

function definitionsOf(node) {
  let current = node;
  while (current && !is(current, 'bpmn:Definitions')) {
    current = current.$parent;
  }
  return current;
}

function drawnIds(definitions) {
  let ids = drawnByDefinitions.get(definitions);
  if (!ids) {
    ids = new Set();
    for (const diagram of definitions.diagrams || []) {
      const plane = diagram.plane;
      if (plane && plane.bpmnElement) {
        ids.add(plane.bpmnElement.id);
      }
      for (const shape of (plane && plane.planeElement) || []) {
        if (shape.bpmnElement) {
          ids.add(shape.bpmnElement.id);
        }
      }
    }
    drawnByDefinitions.set(definitions, ids);
  }
  return ids;
}

/**
 * A process owner reads the models in Camunda Modeler: every flow node (boundary events
 * included), sequence flow and artifact needs a BPMNShape or BPMNEdge.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:Artifact' ])) {
      return;
    }

    const definitions = definitionsOf(node);
    if (!definitions) {
      return;
    }

    if (!drawnIds(definitions).has(node.id)) {
      const kind = is(node, 'bpmn:SequenceFlow') || is(node, 'bpmn:Association') ? 'BPMNEdge' : 'BPMNShape';
      reporter.report(node.id, `Element is not drawn: add a ${ kind } to the diagram (open and lay it out in Camunda Modeler)`);
    }
  }

  return { check };
};
