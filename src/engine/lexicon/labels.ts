// Widget headings and labels in languages other than English, each matched
// as a whole block (its closing colon or ellipsis aside, any case): "Lesen Sie
// auch" over a list of links, "Partager" over share buttons. English labels
// stay in the rules' own patterns (rules/*.ts), which also read shapes such as
// "More from <section>". The rules read these by role; a language is one more
// entry here. Like the stoplists, they reach the content script in the
// language data file the background injects (content/language-data-script.ts).
// Source: the headings of these widgets on news sites in each language, written
// for this project from common usage; a label is only listed when it is what a
// heading says, never a sentence a story could open with.

/** What a label heads or says, by the rule that reads it: related-label, newsletter-box, social-share (a bar of
 * controls), ad-slot (a line by itself), comments-section, promoted-label. */
export type LabelRole = 'related' | 'newsletter' | 'share' | 'ad' | 'comments' | 'sponsored';

/** Language → role → labels, one per line. */
export type RawLabels = Readonly<Record<string, Readonly<Partial<Record<LabelRole, string>>>>>;

export const LABELS: RawLabels = {
  de: {
    related: `
      Das könnte Sie auch interessieren
      Das könnte dich auch interessieren
      Auch interessant
      Lesen Sie auch
      Lies auch
      Mehr zum Thema
      Weitere Artikel
      Weitere Nachrichten
      Weitere Beiträge
      Ähnliche Artikel
      Ähnliche Beiträge
      Verwandte Artikel
      Verwandte Themen
      Passend zum Thema
      Meistgelesen
      Meistgelesene Artikel
      Am meisten gelesen
      Empfehlungen
      Unsere Empfehlungen
      Top-Themen
      Neueste Artikel
      Aktuelle Beiträge
      Neueste Beiträge
      Beliebte Beiträge
      Mehr aus dem Ressort
      Zum Thema
    `,
    newsletter: `
      Newsletter abonnieren
      Jetzt abonnieren
      Zum Newsletter anmelden
      Newsletter-Anmeldung
    `,
    share: `
      Teilen
      Artikel teilen
      Beitrag teilen
      Diesen Artikel teilen
      Seite teilen
      Teilen auf
      Jetzt teilen
    `,
    ad: `
      Anzeige
      Werbung
    `,
    comments: `
      Kommentare
      Leserkommentare
      Kommentar schreiben
      Kommentar verfassen
      Schreibe einen Kommentar
      Hinterlasse einen Kommentar
      Diskutieren Sie mit
    `,
    sponsored: `
      Gesponsert
      Sponsored Content
      Partnerinhalte
    `,
  },
  fr: {
    related: `
      À lire aussi
      A lire aussi
      Lire aussi
      À lire également
      Sur le même sujet
      Articles similaires
      Articles liés
      Les plus lus
      Les plus populaires
      Voir aussi
      À découvrir
      Dans la même rubrique
      Derniers articles
    `,
    newsletter: `
      Inscrivez-vous à notre newsletter
      Abonnez-vous à la newsletter
      Lettre d'information
      Recevez notre newsletter
    `,
    share: `
      Partager
      Partagez
      Partager cet article
      Partager sur
    `,
    ad: `
      Publicité
      Annonce
    `,
    comments: `
      Commentaires
      Laisser un commentaire
      Réagir
      Réagissez
    `,
    sponsored: `
      Sponsorisé
      Contenu sponsorisé
      Contenu partenaire
    `,
  },
  es: {
    related: `
      Te puede interesar
      También te puede interesar
      Noticias relacionadas
      Artículos relacionados
      Lo más leído
      Lo más visto
      Más noticias
      Lee también
      Leer más
      Te recomendamos
      Últimas noticias
    `,
    newsletter: `
      Suscríbete a nuestro boletín
      Suscríbete a la newsletter
      Boletín de noticias
    `,
    share: `
      Compartir
      Comparte
      Compartir en
      Compartir esta noticia
    `,
    ad: `
      Publicidad
      Anuncio
    `,
    comments: `
      Comentarios
      Deja un comentario
      Deja tu comentario
    `,
    sponsored: `
      Patrocinado
      Contenido patrocinado
    `,
  },
  it: {
    related: `
      Articoli correlati
      Potrebbe interessarti
      Ti potrebbe interessare
      Leggi anche
      I più letti
      Più letti
      Ultime notizie
    `,
    newsletter: `
      Iscriviti alla newsletter
    `,
    share: `
      Condividi
      Condividi su
    `,
    ad: `
      Pubblicità
    `,
    comments: `
      Commenti
      Lascia un commento
    `,
    sponsored: `
      Sponsorizzato
      Contenuto sponsorizzato
    `,
  },
  pt: {
    related: `
      Leia também
      Leia mais
      Veja também
      Notícias relacionadas
      Artigos relacionados
      Mais lidas
      Mais lidos
      Últimas notícias
    `,
    newsletter: `
      Assine a newsletter
      Inscreva-se na newsletter
    `,
    share: `
      Compartilhar
      Compartilhe
      Partilhar
    `,
    ad: `
      Publicidade
      Anúncio
    `,
    comments: `
      Comentários
      Deixe um comentário
    `,
    sponsored: `
      Patrocinado
      Conteúdo patrocinado
    `,
  },
  nl: {
    related: `
      Lees ook
      Lees meer
      Gerelateerde artikelen
      Meest gelezen
      Meer nieuws
      Ook interessant
    `,
    newsletter: `
      Schrijf je in voor de nieuwsbrief
      Meld je aan voor de nieuwsbrief
      Nieuwsbrief
    `,
    share: `
      Delen
      Deel dit artikel
      Delen via
    `,
    ad: `
      Advertentie
    `,
    comments: `
      Reacties
      Reageer
      Plaats een reactie
    `,
    sponsored: `
      Gesponsord
    `,
  },
  pl: {
    related: `
      Zobacz też
      Zobacz także
      Czytaj także
      Czytaj też
      Przeczytaj także
      Polecamy
      Najczęściej czytane
      Najpopularniejsze
      Powiązane artykuły
      Podobne artykuły
      Najnowsze
    `,
    newsletter: `
      Zapisz się do newslettera
    `,
    share: `
      Udostępnij
      Podziel się
    `,
    ad: `
      Reklama
    `,
    comments: `
      Komentarze
      Dodaj komentarz
      Skomentuj
    `,
    sponsored: `
      Sponsorowane
      Artykuł sponsorowany
    `,
  },
};
