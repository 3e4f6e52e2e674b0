/**
 * The server half's two tables (global custom tables start with u_), read and written only by
 * server/availability/snapshot-store.js, which says why the data is split this way. Times are
 * epoch milliseconds as 13-digit text. Admins only: the tables hold vendor ids and presence.
 */
import { Acl, StringColumn, Table } from '@servicenow/sdk/core';

export const u_sp_presence_snapshot = Table({
  name: 'u_sp_presence_snapshot',
  label: 'sp-presence availability snapshot',
  display: 'u_vendor',
  schema: {
    u_vendor: StringColumn({ label: 'Vendor', maxLength: 40 }),
    u_taken_at: StringColumn({ label: 'Taken at (epoch ms)', maxLength: 16 }),
    u_presences: StringColumn({ label: 'Presences (JSON, sys_id to neutral availability)', maxLength: 1000000 }),
    u_claim_until: StringColumn({ label: 'Refresh claimed until (epoch ms)', maxLength: 16 }),
    u_claim_token: StringColumn({ label: 'Refresh claim token', maxLength: 40 }),
    u_blocked_until: StringColumn({ label: 'No vendor call until (epoch ms)', maxLength: 16 }),
    u_failures: StringColumn({ label: 'Failures in a row', maxLength: 8 }),
    u_last_failure: StringColumn({ label: 'Last vendor failure (JSON)', maxLength: 1000 }),
    u_off_reason: StringColumn({ label: 'Off because', maxLength: 1000 })
  },
  index: [{ name: 'u_sp_presence_snapshot_vendor', unique: false, element: 'u_vendor' }],
  allowWebServiceAccess: false,
  createAccessControls: false
});

export const u_sp_presence_user = Table({
  name: 'u_sp_presence_user',
  label: 'sp-presence availability user',
  display: 'u_user',
  schema: {
    u_vendor: StringColumn({ label: 'Vendor', maxLength: 40 }),
    u_user: StringColumn({ label: 'User (sys_id)', maxLength: 32 }),
    u_vendor_id: StringColumn({ label: 'Id at the vendor', maxLength: 255 }),
    u_mapped_at: StringColumn({ label: 'Looked up at (epoch ms)', maxLength: 16 }),
    u_requested_at: StringColumn({ label: 'Last asked about at (epoch ms)', maxLength: 16 })
  },
  index: [{ name: 'u_sp_presence_user_vendor_user', unique: false, element: ['u_vendor', 'u_user'] }],
  allowWebServiceAccess: false,
  createAccessControls: false
});

/* One ACL per table and operation, admins only; the Script Includes read and write as the system. */
Acl({
  $id: Now.ID['acl-u_sp_presence_snapshot-read'],
  type: 'record',
  table: 'u_sp_presence_snapshot',
  operation: 'read',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_snapshot-write'],
  type: 'record',
  table: 'u_sp_presence_snapshot',
  operation: 'write',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_snapshot-create'],
  type: 'record',
  table: 'u_sp_presence_snapshot',
  operation: 'create',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_snapshot-delete'],
  type: 'record',
  table: 'u_sp_presence_snapshot',
  operation: 'delete',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_user-read'],
  type: 'record',
  table: 'u_sp_presence_user',
  operation: 'read',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_user-write'],
  type: 'record',
  table: 'u_sp_presence_user',
  operation: 'write',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_user-create'],
  type: 'record',
  table: 'u_sp_presence_user',
  operation: 'create',
  roles: ['admin']
});
Acl({
  $id: Now.ID['acl-u_sp_presence_user-delete'],
  type: 'record',
  table: 'u_sp_presence_user',
  operation: 'delete',
  roles: ['admin']
});
