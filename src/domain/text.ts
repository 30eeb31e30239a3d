// Text the product shows in Danish, and in English where it has been written.
export interface Text {
  readonly da: string;
  readonly en: string | null;
}
