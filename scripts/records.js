// The ServiceNow records sp-presence installs, built from the same sources as dist/: two Angular
// Providers, the People presence widget and the links between them. sys_ids are derived from
// stable names, so a re-import updates instead of duplicating and a rebuild is byte-identical.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

function sysIdFor(table, key) {
  return crypto.createHash('md5').update('sp-presence/' + table + '/' + key).digest('hex');
}

function widgetFile(name) {
  return fs.readFileSync(path.join(root, 'widget', name), 'utf8');
}

/** A reference field: the sys_id, with the display value ServiceNow exports beside it. */
function ref(sysId, display) {
  return { value: sysId, display_value: display };
}

function common(table, sysId, name, pkg) {
  return {
    sys_class_name: table,
    sys_id: sysId,
    sys_name: name,
    sys_update_name: table + '_' + sysId,
    sys_scope: ref('global', 'Global'),
    sys_created_by: 'sp-presence',
    sys_created_on: pkg.releaseDate,
    sys_updated_by: 'sp-presence',
    sys_updated_on: pkg.releaseDate
  };
}

/** providers: [{name, type, script}] as built; returns every record with its table and label. */
function buildRecords(providers, pkg) {
  const widgetId = sysIdFor('sp_widget', 'sp-presence-people');
  const widgetName = 'People presence';
  const records = providers.map(function (provider) {
    const sysId = sysIdFor('sp_angular_provider', provider.name);
    return {
      table: 'sp_angular_provider',
      label: 'Angular Provider',
      name: provider.name,
      fields: Object.assign({ name: provider.name, type: provider.type, script: provider.script }, common('sp_angular_provider', sysId, provider.name, pkg))
    };
  });
  records.push({
    table: 'sp_widget',
    label: 'Widget',
    name: widgetName,
    fields: Object.assign({
      name: widgetName,
      id: 'sp-presence-people',
      description: 'Users with their avatar, name and live presence dot (sp-presence ' + pkg.version + ').',
      template: widgetFile('template.html'),
      css: widgetFile('style.scss'),
      client_script: widgetFile('client.js'),
      script: widgetFile('server.js'),
      option_schema: widgetFile('option_schema.json'),
      demo_data: widgetFile('demo_data.json'),
      link: '',
      controller_as: 'c',
      data_table: 'sp_instance',
      has_preview: 'true',
      public: 'false',
      roles: ''
    }, common('sp_widget', widgetId, widgetName, pkg))
  });
  providers.forEach(function (provider) {
    const table = 'm2m_sp_widget_angular_provider';
    const sysId = sysIdFor(table, 'sp-presence-people/' + provider.name);
    const name = widgetName + ' / ' + provider.name;
    records.push({
      table: table,
      label: 'Widget Angular Provider',
      name: name,
      fields: Object.assign({
        sp_widget: ref(widgetId, widgetName),
        sp_angular_provider: ref(sysIdFor('sp_angular_provider', provider.name), provider.name)
      }, common(table, sysId, name, pkg))
    });
  });
  return records;
}

module.exports = { buildRecords, sysIdFor };
