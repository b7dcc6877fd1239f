"use client";

// The consultation the advisor came from, so "Save as scenario" on the advisor page offers it first.
const KEY = "compute-advisor.current-consultation";

export function rememberConsultation(id: string) {
  try {
    window.sessionStorage.setItem(KEY, id);
  } catch {
    // Storage blocked: the dialog then simply starts on the newest consultation.
  }
}

export function rememberedConsultation(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
