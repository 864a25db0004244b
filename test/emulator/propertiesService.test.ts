import { createTestRun } from './harness';
import { createPropertiesService } from '../../emulator/services/properties/propertiesService';
import { createEmptyWorkspace } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';

type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

const MEMBER = 'fictional.member@example.org';
const OTHER_MEMBER = 'other.member@example.org';

function propertiesFor(workspace: WorkspaceState = createEmptyWorkspace(), user?: string) {
  const { run } = createTestRun({ workspace, user });
  return { run, workspace, service: createPropertiesService(run) as unknown as PropertiesService };
}

describe('Properties', () => {
  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String): "the value of the property,
  // or null if the key does not exist".
  it('gives null for a key that was never set', () => {
    const { service } = propertiesFor();
    expect(service.getScriptProperties().getProperty('identityKeyId')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String): stores a string value;
  // values are always stored as strings.
  it('stores the string form of a value and returns the store for chaining', () => {
    const { workspace, service } = propertiesFor();
    const store = service.getScriptProperties();
    expect(store.setProperty('threshold', 5 as unknown as string)).toBe(store);
    expect(workspace.properties.script).toEqual({ threshold: '5' });
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean): with
  // deleteAllOthers true, "deletes all other key-value pairs in the property store".
  it('replaces every other key when setProperties is told to delete the others', () => {
    const workspace = createEmptyWorkspace();
    workspace.properties.document = { stale: 'yes', kept: 'old' };
    propertiesFor(workspace).service.getDocumentProperties().setProperties({ kept: 'new', added: 'yes' }, true);
    expect(workspace.properties.document).toEqual({ kept: 'new', added: 'yes' });
  });

  it('keeps the other keys when setProperties is not told to delete them', () => {
    const workspace = createEmptyWorkspace();
    workspace.properties.document = { stale: 'yes' };
    propertiesFor(workspace).service.getDocumentProperties().setProperties({ added: 'yes' });
    expect(workspace.properties.document).toEqual({ stale: 'yes', added: 'yes' });
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties(): "a copy of the properties".
  it('hands out a copy from getProperties that does not write back', () => {
    const { workspace, service } = propertiesFor();
    service.getScriptProperties().setProperty('folderId', 'folder-cases');
    const copy = service.getScriptProperties().getProperties();
    copy.folderId = 'changed';
    expect(workspace.properties.script.folderId).toBe('folder-cases');
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getKeys(): all keys in the store.
  it('lists the keys', () => {
    const workspace = createEmptyWorkspace();
    workspace.properties.script = { a: '1', b: '2' };
    expect(propertiesFor(workspace).service.getScriptProperties().getKeys()).toEqual(['a', 'b']);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String): deletes that key.
  it('deletes one key', () => {
    const workspace = createEmptyWorkspace();
    workspace.properties.script = { a: '1', b: '2' };
    propertiesFor(workspace).service.getScriptProperties().deleteProperty('a');
    expect(workspace.properties.script).toEqual({ b: '2' });
  });

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties(): deletes every key.
  it('deletes every key', () => {
    const workspace = createEmptyWorkspace();
    workspace.properties.script = { a: '1', b: '2' };
    propertiesFor(workspace).service.getScriptProperties().deleteAllProperties();
    expect(workspace.properties.script).toEqual({});
  });
});

describe('PropertiesService.getUserProperties', () => {
  // https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties(): a store "that only
  // the current user can access, and only within this script".
  it('keeps each user\'s properties apart', () => {
    const workspace = createEmptyWorkspace();
    propertiesFor(workspace, MEMBER).service.getUserProperties().setProperty('lastKind', 'keep-on-file');
    expect(propertiesFor(workspace, OTHER_MEMBER).service.getUserProperties().getProperty('lastKind')).toBeNull();
    expect(workspace.properties.user[MEMBER]).toEqual({ lastKind: 'keep-on-file' });
  });

  it('adds nothing to the workspace when a user only reads', () => {
    const { workspace, service } = propertiesFor(undefined, MEMBER);
    service.getUserProperties().getProperty('lastKind');
    expect(workspace.properties.user).toEqual({});
  });
});

describe('PropertiesService stores', () => {
  // https://developers.google.com/apps-script/reference/properties/properties-service: script, document and user stores are separate.
  it('keeps script and document properties apart', () => {
    const { workspace, service } = propertiesFor();
    service.getDocumentProperties().setProperty('setUpDone', 'true');
    expect([workspace.properties.document, service.getScriptProperties().getProperty('setUpDone')]).toEqual([{ setUpDone: 'true' }, null]);
  });

  it('counts calls under PropertiesService and Properties', () => {
    const { run, service } = propertiesFor();
    service.getScriptProperties().getProperty('a');
    expect(run.calls).toEqual({ 'PropertiesService.getScriptProperties': 1, 'Properties.getProperty': 1 });
  });
});
