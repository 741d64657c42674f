// Decap's list widget never reports an empty list that needs items: its size check skips a size of 0, and the
// "required" error it raised first is then overwritten. This subclass reports it beside the field like any other rule.

/** The parts of Decap's ListControl (a React class component) that the fix touches. */
interface ListProps {
  field: { get(key: string): unknown };
  value?: { size: number } | undefined;
  t: (key: string, vars: Record<string, unknown>) => string;
}
interface ListInstance {
  props: ListProps;
  validateSize: () => unknown[];
}
type ListClass = new (props: ListProps) => ListInstance;

/** Wraps Decap's list control so a list with `min` refuses being left empty. */
export function withMinItems(List: ListClass): ListClass {
  return class MinItemsList extends List {
    constructor(props: ListProps) {
      super(props);
      const checkSize = this.validateSize;
      this.validateSize = () => {
        const { field, value, t } = this.props;
        const min = Number(field.get('min') ?? 0);
        if (min === 0 || (value?.size ?? 0) > 0) return checkSize();
        const message = t('editor.editorControlPane.widget.rangeMin', { fieldLabel: field.get('label'), minCount: min });
        return [{ type: 'RANGE', message }];
      };
    }
  };
}
