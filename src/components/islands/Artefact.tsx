import type { Artefact as ArtefactData } from '../../schemas/scenario';

const KIND_NAMES: Record<ArtefactData['kind'], string> = {
	post: 'Post',
	'friend-request': 'Friend request',
	'direct-message': 'Direct message',
	review: 'Public review',
	'sponsorship-offer': 'Sponsorship offer',
	'colleague-post': "Colleague's post",
	'photo-request': 'Photo request',
	'viral-claim': 'Widely shared post',
	'group-chat': 'Group chat',
	email: 'Email',
	'search-results': 'Search results',
};

/** Paragraphs as the author typed them. */
function Text({ text }: { text: string }) {
	return (
		<div class="artefact-text">
			{text.split(/\n+/).map((paragraph) => (
				<p>{paragraph}</p>
			))}
		</div>
	);
}

function Avatar({ initials }: { initials: string }) {
	return (
		<span class="avatar" aria-hidden="true">
			{initials}
		</span>
	);
}

function Byline({ artefact }: { artefact: ArtefactData }) {
	return (
		<header class="artefact-byline">
			<Avatar initials={artefact.avatar} />
			<span class="who">
				<span class="author">{artefact.author}</span>
				{(artefact.handle || artefact.time) && (
					<span class="handle">{[artefact.handle, artefact.time].filter(Boolean).join(' · ')}</span>
				)}
			</span>
		</header>
	);
}

function Photo({ description }: { description: string }) {
	return (
		<figure class="artefact-photo">
			<span class="photo-frame" aria-hidden="true">
				<svg viewBox="0 0 24 24" width="28" height="28">
					<path fill="currentColor" d="M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 12h14l-4.5-6-3.5 4.5-2.5-3z" />
				</svg>
			</span>
			<figcaption>
				<span class="visually-hidden">Photo: </span>
				{description}
			</figcaption>
		</figure>
	);
}

function Details({ rows }: { rows: NonNullable<ArtefactData['details']> }) {
	return (
		<dl class="artefact-details">
			{rows.map((row) => (
				<div>
					<dt>{row.label}</dt>
					<dd>{row.value}</dd>
				</div>
			))}
		</dl>
	);
}

function Comments({ comments, chat }: { comments: NonNullable<ArtefactData['comments']>; chat?: boolean }) {
	return (
		<ul class={chat ? 'artefact-chat' : 'artefact-comments'} aria-label={chat ? 'Messages' : 'Comments'}>
			{comments.map((comment) => (
				<li>
					<span class="author">{comment.author}</span> <span>{comment.text}</span>
				</li>
			))}
		</ul>
	);
}

/**
 * A realistic mock-up of what the learner is judging: a post in a feed, a request, a message, a
 * review, an email. Fictional names only. Decorative platform chrome is hidden from screen readers;
 * the article's label says what it is.
 */
export function Artefact({ artefact }: { artefact: ArtefactData }) {
	const kind = KIND_NAMES[artefact.kind];
	const label = `${kind} from ${artefact.author}${artefact.platform ? ` on ${artefact.platform}` : ''}`;
	const chat = artefact.kind === 'direct-message' || artefact.kind === 'group-chat';
	const mail = artefact.kind === 'email' || artefact.kind === 'sponsorship-offer';

	return (
		<article class={`artefact artefact-${artefact.kind}`} aria-label={label}>
			<p class="artefact-platform">
				<span>{artefact.platform ?? kind}</span>
				<span class="artefact-kind">{kind}</span>
			</p>
			{mail ? (
				<>
					<dl class="artefact-mail-head">
						<div>
							<dt>From</dt>
							<dd>
								{artefact.author}
								{artefact.handle && ` <${artefact.handle}>`}
							</dd>
						</div>
						{artefact.subject && (
							<div>
								<dt>Subject</dt>
								<dd>{artefact.subject}</dd>
							</div>
						)}
						{artefact.time && (
							<div>
								<dt>Received</dt>
								<dd>{artefact.time}</dd>
							</div>
						)}
					</dl>
					<Text text={artefact.text} />
				</>
			) : artefact.kind === 'search-results' ? (
				<>
					<p class="artefact-search">
						<span class="visually-hidden">Search: </span>
						{artefact.text}
					</p>
				</>
			) : artefact.kind === 'friend-request' ? (
				<div class="artefact-request">
					<Avatar initials={artefact.avatar} />
					<div>
						<p class="author">{artefact.author}</p>
						{artefact.handle && <p class="handle">{artefact.handle}</p>}
						<Text text={artefact.text} />
					</div>
				</div>
			) : chat ? (
				<>
					<Byline artefact={artefact} />
					<div class="bubble">
						<Text text={artefact.text} />
					</div>
				</>
			) : (
				<>
					<Byline artefact={artefact} />
					{artefact.kind === 'review' && <p class="artefact-review-tag">Public review</p>}
					<Text text={artefact.text} />
				</>
			)}
			{artefact.image && <Photo description={artefact.image} />}
			{artefact.details && <Details rows={artefact.details} />}
			{artefact.reactions !== undefined && (
				<p class="artefact-reactions">
					{artefact.reactions.toLocaleString('en-US')} {artefact.kind === 'viral-claim' ? 'shares' : 'reactions'}
				</p>
			)}
			{artefact.comments && artefact.comments.length > 0 && <Comments comments={artefact.comments} chat={chat} />}
		</article>
	);
}
