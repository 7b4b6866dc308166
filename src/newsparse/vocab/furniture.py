"""Page furniture: whole lines that are never article text.

`FURNITURE_LINES` holds lines compared case-insensitively after trimming
punctuation (`Share`, `Follow`, `Advertisement`); `FURNITURE_PREFIXES` holds the
starts of lines that are calls to action (`Read more:`, `Sign up for`). Matching a
prefix only counts on short lines, so an article sentence starting the same way is
not swallowed.
"""

FURNITURE_LINES: frozenset[str] = frozenset(
    line.strip().casefold()
    for line in """
    share
    shares
    share this
    share this story
    share this article
    share on facebook
    share on twitter
    share this on facebook
    share this on twitter
    share all sharing options
    sharing is caring
    tweet
    email
    e-mail
    print
    comment
    comments
    comments (0)
    facebook
    twitter
    linkedin
    whatsapp
    pinterest
    reddit
    pocket
    flipboard
    instagram
    youtube
    snapchat
    telegram
    mix
    copy link
    copy url
    link copied
    short url
    get short url
    follow
    following
    unfollow
    follow us
    subscribe
    subscribe now
    sign in
    sign up
    log in
    login
    register
    advertisement
    advertising
    ad
    sponsored
    sponsored content
    continue reading
    continue reading the main story
    story continues below
    story continues below advertisement
    article continues below
    article continues below advertisement
    read more
    read more:
    read full story
    see more
    show more
    more
    load more
    view comments
    view all
    related
    related articles
    related stories
    related content
    recommended
    recommended for you
    most popular
    most read
    most viewed
    trending
    trending now
    top stories
    latest
    latest news
    up next
    next
    previous
    back to top
    skip to content
    skip to main content
    skip navigation
    menu
    search
    close
    home
    news
    opinion
    video
    videos
    photos
    gallery
    listen
    listen to this article
    play
    pause
    expand
    collapse
    toggle navigation
    loading
    loading...
    advertisement - scroll to continue
    scroll to continue
    be the first to like this
    be the first to like this post
    like loading
    was this article helpful?
    partager cet article
    commenter cet article
    scroll to continue with content
    article content
    this advertisement has not loaded yet, but your article continues below
    sponsor message
    view this post on instagram
    share or comment on this article
    the comments below have not been moderated
    cookie settings
    accept
    accept all
    accept cookies
    manage preferences
    privacy policy
    terms of use
    terms of service
    contact us
    about us
    all rights reserved
    tags
    topics
    filed under
    filed under:
    image
    photo
    credit
    credit...
    view more articles
    view gallery
    enlarge
    enlarge this image
    toggle caption
    hide caption
    caption
    key points
    highlights
    permalink
    share permalink
    previous post
    next post
    previous article
    next article
    previous next
    newsletter
    newsletters
    breaking news emails
    sign up
    save
    saved
    bookmark
    add comment
    post comment
    leave a comment
    print this article
    email this article
    see all
    view all posts
    browse all posts
    compartilhe
    compartilhar
    comente
    comentários
    deixe um comentário
    leia mais
    leia também
    veja também
    compartir
    comentarios
    deja un comentario
    leer más
    lee también
    condividi
    commenti
    nessun commento
    lascia un commento
    leggi anche
    leggi tutto
    partager
    commentaires
    lire aussi
    lire la suite
    teilen
    kommentare
    weiterlesen
    mehr zum thema
    bagikan
    komentar
    baca juga
    tinggalkan komentar
    iklan
    anzeige
    werbung
    publicidad
    publicidade
    pubblicità
    publicité
    advertentie
    annonse
    annons
    annonce
    reklame
    reklam
    reklama
    mainos
    hirdetés
    quảng cáo
    del
    dela
    jaa
    sdílet
    udostępnij
    paylaş
    lue myös
    læs også
    les også
    läs också
    lees ook
    czytaj też
    czytaj także
    čtěte také
    order reprints
    reprints
    print article
    text size
    font size
    reading time
    listen to article
    audio
    """.strip().splitlines()
)

FURNITURE_PREFIXES: tuple[str, ...] = tuple(
    p.casefold()
    for p in (
        "Read more:",
        "Read more about",
        "READ MORE:",
        "Also read:",
        "See also:",
        "Related:",
        "RELATED:",
        "Sign up for",
        "Sign up to",
        "Subscribe to",
        "Follow us on",
        "Follow @",
        "Follow on ",
        "Skip to ",
        "Email the author",
        "Like us on",
        "Click here",
        "Click for ",
        "Click to ",
        "Tap here",
        "Download the",
        "Get the latest",
        "Share this",
        "Share on",
        "Share All sharing options",
        "Copyright ©",
        "Copyright (c)",
        "Copyright ⓒ",  # the sign as some scripts' fonts write it
        "©",
        "All rights reserved",
        "This material may not be published",
        "Tags:",
        "Related topics:",
        "Topics:",
        "Filed under",
        "Posted in",
        "Categories:",
        "Advertisement",
        "We use cookies",
        "This site uses cookies",
        "Watch:",
        "WATCH:",
        "Listen:",
        "View the discussion",
        "Leave a comment",
        "Leave a Reply",
        "Continue reading",
        "Story continues",
        "Trending:",
        "Share it ",
        "Leggi anche",
        "(Leggi anche",
        "Leia também",
        "Leia mais",
        "Lee también",
        "Lire aussi",
        "Baca juga",
        "Lue myös",
        "Læs også",
        "Les også",
        "Läs också",
        "Lees ook",
        "Czytaj też",
        "Czytaj także",
        "Čtěte také",
        "Přečtěte si také",
        "Devi essere connesso",
        "Você precisa estar logado",
        "Debes iniciar sesión",
        "Share with ",
        "Share via ",
        "Lesen Sie auch",
        "Lesen Sie mehr",
        "Mehr zum Thema:",
        "A post shared by",  # an embedded social post's credit line
        "Thanks for reading",  # a newsletter platform's subscribe box
    )
)
