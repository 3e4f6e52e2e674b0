/**
 * The *People presence* widget: each field comes from its file in widget/; the option schema
 * and demo data are typed here, where the SDK checks them.
 */
import { SPWidget } from '@servicenow/sdk/core';
import { spPresenceDot, spPresenceWorkplace, spRecordPresence, spUserPresence } from './providers.now';

SPWidget({
  $id: Now.ID['sp-presence-people'],
  name: 'People presence',
  id: 'sp-presence-people',
  description: 'Users with their avatar, name and live presence dot (sp-presence).',
  category: 'custom',
  htmlTemplate: Now.include('../widget/template.html'),
  customCss: Now.include('../widget/style.scss'),
  clientScript: Now.include('../widget/client.js'),
  serverScript: Now.include('../widget/server.js'),
  controllerAs: 'c',
  hasPreview: true,
  public: false,
  angularProviders: [spUserPresence, spPresenceDot, spRecordPresence, spPresenceWorkplace],
  optionSchema: [
    { name: 'title', label: 'Title', section: 'Presentation', type: 'string', defaultValue: '' },
    {
      name: 'user_source',
      label: 'Users from',
      section: 'Data',
      type: 'choice',
      defaultValue: 'list',
      choices: [
        { label: 'A list of users', value: 'list' },
        { label: 'Members of a group', value: 'group' },
        { label: 'An encoded query on sys_user', value: 'query' }
      ]
    },
    { name: 'users', label: 'Users (comma-separated sys_ids)', section: 'Data', type: 'string', defaultValue: '' },
    {
      name: 'group',
      label: 'Group',
      section: 'Data',
      type: 'reference',
      ed: { reference: 'sys_user_group' },
      defaultValue: ''
    },
    { name: 'query', label: 'Encoded query on sys_user', section: 'Data', type: 'string', defaultValue: '' },
    {
      name: 'limit',
      label: 'At most this many users (1 to 100)',
      section: 'Data',
      type: 'integer',
      defaultValue: '20'
    },
    {
      name: 'avatar_size',
      label: 'Avatar size',
      section: 'Presentation',
      type: 'choice',
      defaultValue: 'medium',
      choices: [
        { label: 'Small', value: 'small' },
        { label: 'Medium', value: 'medium' },
        { label: 'Large', value: 'large' }
      ]
    },
    { name: 'show_names', label: 'Show names', section: 'Presentation', type: 'boolean', defaultValue: 'true' },
    {
      name: 'show_offline',
      label: 'Show offline users (outlined dot)',
      section: 'Presentation',
      type: 'boolean',
      defaultValue: 'false'
    },
    {
      name: 'thresholds',
      label: 'Status rule (page-wide)',
      section: 'Behavior',
      type: 'choice',
      defaultValue: 'article',
      choices: [
        { label: 'Online under 30 s, away under 60 s (or the values below)', value: 'article' },
        { label: "UI16's own: online up to 2.5 intervals, away up to 5", value: 'ui16' }
      ]
    },
    {
      name: 'show_status_line',
      label: 'Show a status line under each name',
      section: 'Presentation',
      type: 'boolean',
      defaultValue: 'false'
    },
    {
      name: 'show_availability',
      label:
        "Show availability from Microsoft Teams, RingCentral or Symphony (page-wide; the vendor is the instance's sp_presence.availability.vendor property)",
      section: 'Behavior',
      type: 'boolean',
      defaultValue: 'true'
    },
    {
      name: 'availability_endpoint',
      label:
        'Availability endpoint on this instance (page-wide; empty: /api/global/sp_presence/availability, the one the update set installs)',
      section: 'Behavior',
      type: 'string',
      defaultValue: '',
      hint: 'Set it only if the instance serves global-scope REST APIs under another path, e.g. /api/<company code>/sp_presence/availability'
    },
    {
      name: 'show_record_presence',
      label: 'Show who is on this record (ticket pages: the people viewing or typing, above the list)',
      section: 'Presentation',
      type: 'boolean',
      defaultValue: 'false'
    },
    {
      name: 'show_office',
      label: 'Show office days (ServiceNow Workplace Service Delivery) and the Follow office days toggle',
      section: 'Presentation',
      type: 'boolean',
      defaultValue: 'false'
    },
    {
      name: 'activity_context',
      label: 'Person card: recent activity from this Activity Subscriptions context (CSM portals)',
      section: 'Data',
      type: 'choice',
      defaultValue: '',
      choices: [
        { label: 'None', value: '' },
        { label: 'Consumer (csm_consumer)', value: 'consumer' },
        { label: 'Contact (customer_contact)', value: 'contact' }
      ]
    },
    {
      name: 'availability_interval_s',
      label: 'Ask for availability every (seconds, at least 30)',
      section: 'Behavior',
      type: 'integer',
      defaultValue: ''
    },
    {
      name: 'online_ms',
      label: 'Online if active within (ms, page-wide)',
      section: 'Behavior',
      type: 'integer',
      defaultValue: ''
    },
    {
      name: 'away_ms',
      label: 'Away if active within (ms, page-wide)',
      section: 'Behavior',
      type: 'integer',
      defaultValue: ''
    },
    {
      name: 'interval_s',
      label: 'Refresh every (seconds, page-wide, at least 5)',
      section: 'Behavior',
      type: 'integer',
      defaultValue: ''
    }
  ],
  demoData: {
    data: {
      title: 'Team',
      users: [
        { sys_id: '6816f79cc0a8016401c5a33be04be441', name: 'System Administrator' },
        { sys_id: '62826bf03710200044e0bfc8bcbe5df1', name: 'Abel Tuter' },
        { sys_id: 'a8f98bb0eb32010045e1a5115206fe3a', name: 'Beth Anglin' },
        { sys_id: '46d44a23a9fe19810012d100cca80666', name: '<img src=x onerror="window.__spPresencePwned=1">' }
      ],
      settings: { labels: { online: 'Online', away: 'Away' } }
    },
    options: { avatar_size: 'medium', show_names: true }
  }
});
