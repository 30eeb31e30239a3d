// Hidden inputs: the CSRF token every POST form carries, and values a form
// passes along unseen (the version it was opened at, a fingerprint).

export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function HiddenInputs({ values }: { values: Readonly<Record<string, string>> | undefined }) {
  return (
    <>
      {Object.entries(values ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
