export function App() {
  return (
    <main>
      <h1>Brevtjek</h1>
      <p>Åbn et brev fra jobcentret for at se, hvad der er vigtigt i det.</p>
    </main>
  );
}
