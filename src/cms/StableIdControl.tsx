// The `stable-id` widget: a principle or clause ID is typed once, when the entry (or the clause) is new, and is read-only
// from then on, because pages, citations and other entries link to it. Decap has no read-only option of its own.
import { Component } from 'react';
import { t } from '../i18n/t.ts';

interface EntryLike {
  get(key: 'newRecord'): boolean | undefined;
}

interface Props {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  getEntry?: () => EntryLike;
  entry?: EntryLike;
}

// A class: Decap reads `isValid` from the widget's instance through a ref.
export class StableIdControl extends Component<Props> {
  /** Decided when the editor opens: an ID that was already saved stays as it is. */
  private readonly locked = !(this.props.getEntry?.() ?? this.props.entry)?.get('newRecord') && Boolean(this.props.value);

  isValid = (): boolean => true;

  override render() {
    const { forID, value = '', classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
    return (
      <div>
        <input
          id={forID}
          type="text"
          className={classNameWrapper}
          value={value}
          readOnly={this.locked}
          aria-describedby={this.locked ? `${forID}-locked` : undefined}
          onChange={(e) => onChange(e.target.value)}
          onFocus={setActiveStyle}
          onBlur={setInactiveStyle}
        />
        {this.locked && <p id={`${forID}-locked`}>{t('cms.stableId.locked')}</p>}
      </div>
    );
  }
}

/** How the widget shows in a preview that renders fields generically. */
export const StableIdPreview = ({ value }: { value?: string }) => <span>{value}</span>;
