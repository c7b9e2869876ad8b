// Types for Vite's import.meta extensions (import.meta.glob), used by the optional-module adapters.
/// <reference types="vite/client" />
