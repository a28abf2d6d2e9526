/**
 * Reads a camunda:* attribute whether or not the diagram was parsed with camunda-bpmn-moddle
 * (without it the attribute lands in $attrs).
 */
function camundaAttr(node, name) {
  const qualified = `camunda:${ name }`;
  let value;
  try {
    value = node.get(qualified);
  } catch (e) {
    value = undefined;
  }
  if (value === undefined && node.$attrs) {
    value = node.$attrs[qualified];
  }
  return value;
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

/** One `${...}` expression and nothing else around it. */
function isExpression(value) {
  return /^\$\{[\s\S]+\}$/.test(String(value).trim());
}

module.exports = { camundaAttr, isBlank, isExpression };
