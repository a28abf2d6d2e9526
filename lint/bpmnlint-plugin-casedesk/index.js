// Casedesk's house rules (see ARCHITECTURE.md, "Rules that hold everywhere").
const rules = {
  'user-task-form': './rules/user-task-form',
  'user-task-candidate-group': './rules/user-task-candidate-group',
  'sla-timer': './rules/sla-timer',
  'history-ttl': './rules/history-ttl',
  'diagram-layout': './rules/diagram-layout'
};

module.exports = {
  rules,
  configs: {
    recommended: {
      rules: Object.fromEntries(Object.keys(rules).map(name => [ name, 'error' ]))
    }
  }
};
