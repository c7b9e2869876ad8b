// The error banner: one clear message at a time, dismissable; used for unreadable files and failed loads.
import { clear, h } from "../dom.ts";

export interface ErrorBanner {
  show(message: string, details?: readonly string[]): void;
  hide(): void;
}

export function mountErrorBanner(root: HTMLElement): ErrorBanner {
  root.setAttribute("role", "alert");
  const hide = () => {
    clear(root);
    root.hidden = true;
  };
  return {
    show(message, details = []) {
      clear(root);
      root.append(
        h("p", { className: "error-message" }, message),
        details.length ? h("ul", null, ...details.slice(0, 10).map((d) => h("li", null, d))) : "",
        h("button", { className: "close", attrs: { "aria-label": "Dismiss" }, on: { click: hide } }, "×"),
      );
      root.hidden = false;
    },
    hide,
  };
}
