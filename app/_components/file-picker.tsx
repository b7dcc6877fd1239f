import type { ReactNode } from "react";
import styles from "./file-picker.module.css";

type Props = {
  /** The input's id; the field label's id is `${id}-label`. */
  id: string;
  /** The field's label (names the input for assistive technology and tests). */
  label: ReactNode;
  /** The button's text, in the UI language. */
  button: ReactNode;
  accept: string;
  onFile: (file: File) => void;
  /** Anything under the picker (status, errors). */
  children?: ReactNode;
};

/**
 * A file field that speaks the page's language. The browser's own file button and its "No file
 * chosen" follow the browser's language, not the page's, so the native input is visually hidden
 * (still focusable and labelled) and a label styled as a button opens it. The input is cleared
 * after each pick, so picking the same file again reads it again.
 */
export function FilePicker({ id, label, button, accept, onFile, children }: Props) {
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className={styles.picker}>
        <input
          id={id}
          type="file"
          accept={accept}
          className="visually-hidden"
          aria-labelledby={`${id}-label`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
        <label htmlFor={id} className="btn btn--secondary btn--small">
          {button}
        </label>
      </div>
      {children}
    </div>
  );
}
