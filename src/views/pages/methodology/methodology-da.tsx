// Metoden forklaret på dansk, uden formler.
import type { SiteContext } from '../../site-context.js';
import { StatusLegend } from '../../components/status-legend.js';

export function MethodologyDa({ ctx }: { ctx: SiteContext }) {
  return (
    <>
      <h1>Sådan læser du barometret</h1>
      <p class="font-lead">
        Barometret viser, hvor langt kommunen er nået med målene i sin politik. Hvert mål følges med en eller flere indikatorer: tal, der måles på samme måde år
        efter år.
      </p>
      <h2>Startmåling, seneste tal og målsætning</h2>
      <p>
        Hver indikator har en <strong>startmåling</strong>: det første tal, som udviklingen regnes fra. Mangler der et tal for det år, startmålingen skulle
        gælde, bruges det første tal derefter. Det <strong>seneste tal</strong> er det nyeste offentliggjorte tal. Mange indikatorer har også en{' '}
        <strong>målsætning</strong>: det tal, kommunen vil nå inden et bestemt år.
      </p>
      <p>
        For hver indikator er det fastlagt, om et højere eller et lavere tal er bedst. Nogle indikatorer måler forskellen mellem to grupper, for eksempel mellem
        tosprogede og etsprogede elever. Her er fremgang, at forskellen bliver mindre.
      </p>
      <h2>Status: farve, symbol og ord</h2>
      <p>Hver indikator får en status. Den vises altid med både farve, symbol og ord, så ingen behøver at kunne skelne farver:</p>
      <StatusLegend ctx={ctx} />
      <h3 id="method-direction">Udviklingen siden startmålingen (standardmetoden)</h3>
      <p>
        Det seneste tal sammenlignes med startmålingen. Er det blevet bedre, er status <strong>fremgang</strong> (grøn). Er det blevet værre, er status{' '}
        <strong>tilbagegang</strong> (rød). Er ændringen så lille, at den ikke siger noget, er status <strong>uændret</strong> (gul). Hvor lille en ændring skal
        være for at tælle som uændret, kaldes <strong>tolerancen</strong>; den står på hver indikators side.
      </p>
      <p>
        Tallene sammenlignes, som de offentliggøres, altså afrundet til det antal decimaler, indikatoren vises med. Er målsætningen nået, står der{' '}
        <strong>målet er nået</strong>. Har en indikator kun en startmåling eller slet ingen tal, står der <strong>ingen data</strong>.
      </p>
      <p>Ved siden af står ændringen siden sidste måling. Den fortæller, hvordan det seneste år er gået, men farven følger ændringen siden startmålingen.</p>
      <h3 id="method-trajectory">Kursen mod målsætningen</h3>
      <p>
        Nogle indikatorer bedømmes på, om kommunen er på vej til at nå sin målsætning i tide. Tænk på en lige linje fra startmålingen til målsætningen: ligger
        det seneste tal på eller over linjen, er status <strong>på rette kurs</strong> (grøn). Er tallet bedre end ved startmålingen, men under linjen, er
        status <strong>fremgang, men for langsom</strong> (gul). Ellers er status <strong>ude af kurs</strong> (rød).
      </p>
      <h3 id="method-opensdg">Metoden fra FN's verdensmål (Open SDG)</h3>
      <p>
        Indikatorer, der sammenlignes med andre kommuner eller lande, kan bedømmes med den metode, som Statistics Canada har udviklet til FN's verdensmål. Den
        ser på, hvor hurtigt tallet vokser om året, og sammenligner med den vækst, der skal til for at nå målsætningen. Status er da{' '}
        <strong>på rette spor</strong>, <strong>fremskridt, men tempoet skal op</strong>, <strong>begrænset fremskridt</strong> eller{' '}
        <strong>forværring</strong>.
      </p>
      <h2>Mål, indsatsområder og udvalg</h2>
      <p>
        Et mål eller et indsatsområde får samme status som sin <strong>hovedindikator</strong>, hvis en indikator er udpeget som den vigtigste. Ellers afgør
        flertallet: er flere indikatorer grønne end røde, er det samlede billede grønt; er flere røde end grønne, er det rødt; ellers gult. Et udvalg bedømmes
        på de mål, det har ansvaret for. Mål, som alle udvalg deler ansvaret for, står på udvalgets side, men tæller ikke med i dets status.
      </p>
      <h2>Offentliggørelser og rettelser</h2>
      <p>
        Nye tal kommer i <strong>offentliggørelser</strong>, som regel én gang om året. Hver offentliggørelse siger, hvor mange af indikatorerne der kom nye tal
        for. Mangler et tal, står der hvorfor, hvilken forvaltning der skal levere det, hvor længe det har manglet, og hvornår det ventes.
      </p>
      <p>
        Et <strong>foreløbigt tal</strong> kan blive rettet, når det endelige tal foreligger. Rettelser sker altid i en ny offentliggørelse med en begrundelse,
        og det gamle tal bliver stående på indikatorens side, så man kan se, hvad der er ændret.
      </p>
      <h2>Brug tallene selv</h2>
      <p>
        Alle tal kan hentes som CSV, JSON og JSON-stat fra hver indikators side, og gennem en åben programmeringsflade.{' '}
        <a href={ctx.paths.openData()}>Læs om de åbne data</a>.
      </p>
    </>
  );
}
