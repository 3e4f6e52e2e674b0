/** An in-memory localStorage for one test: what the engine reads and writes, inspectable. */
import { KeyValueStore } from '../../src/core/shared-cache';

export class MemoryStore implements KeyValueStore {
  readonly items: { [key: string]: string } = {};
  writes = 0;

  getItem(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.items, key) ? this.items[key] : null;
  }

  setItem(key: string, value: string): void {
    this.writes++;
    this.items[key] = value;
  }
}
