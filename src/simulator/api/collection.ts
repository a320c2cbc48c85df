/**
 * A collection with an `items` list. Loading "items/name" loads exactly that
 * property of each item, as Office.js does; reading another property of an
 * item throws PropertyNotLoaded. "items" alone loads every scalar property.
 */
import { SimObject } from "../context";
import { propertyNotLoaded } from "../errors";

export abstract class SimCollection<T extends SimObject> extends SimObject {
  private loadedItems: T[] | null = null;

  /** The items as they are now (called at sync time), each bound to its state; must not queue anything. */
  protected abstract currentItems(): T[];

  protected scalarProperties(): Record<string, () => unknown> {
    return {};
  }

  protected override collectionNames(): readonly string[] {
    return ["items"];
  }

  get items(): T[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  protected override loadCollectionItems(_name: string, paths: readonly string[] | null): void {
    let items: T[] = [];
    this.ctx.enqueue({
      kind: "read",
      wire: { load: this.typeName, properties: paths === null ? ["items"] : paths.map((p) => `items/${p}`) },
      apply: () => {
        items = this.currentItems();
        return items.map((item) => item.readScalars(paths));
      },
      deliver: (response) => {
        (response as Array<Record<string, unknown>>).forEach((values, i) => {
          const item = items[i] as T;
          for (const [name, value] of Object.entries(values)) item.setLoaded(name, value);
        });
        this.loadedItems = items;
      },
    });
  }
}
