<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page: head (metadata.xsl), the document header, the view switch, the text, the notes, the
  register, the source description, how to cite. The view switch works with CSS alone (a radio
  button and :has()); assets/view.js, when present, only remembers the choice.
  The interface speaks English (html/@lang); the text carries the document's own language.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="h:root" as="document-node()" select="/"/>
  <xsl:variable name="h:tei" as="element()" select="/*"/>
  <!-- What the text section shows (ed:scope, as in every target): the text; else a sourceDoc's
       surfaces; a lone `surface`; the catalogue record of a manuscript description; a teiCorpus
       each TEI in turn. -->
  <xsl:variable name="h:text" as="element()+" select="let $s := ed:scope($h:tei)[self::*] return if (exists($s)) then $s else $h:tei"/>

  <xsl:template match="/" as="element()">
    <html lang="en">
      <xsl:call-template name="h:head"/>
      <body>
        <a class="skip" href="#text">Skip to the text</a>
        <xsl:if test="$collection">
          <header class="site">
            <xsl:call-template name="c:collection-nav" xmlns:c="urn:teikit:collection"/>
          </header>
        </xsl:if>
        <main id="main">
          <xsl:call-template name="h:doc-header"/>
          <xsl:call-template name="h:contents"/>
          <xsl:call-template name="h:view-switch"/>
          <section id="text" class="text{if (ed:is-leiden($h:tei)) then ' leiden' else ''}" aria-labelledby="text-h">
            <xsl:call-template name="h:lang"><xsl:with-param name="e" select="($h:text, $h:tei)[1]"/></xsl:call-template>
            <h2 id="text-h" class="section-h">Text</h2>
            <xsl:apply-templates select="$h:text" mode="h:text"/>
          </section>
          <xsl:call-template name="h:notes"/>
          <xsl:call-template name="h:apparatus"/>
          <xsl:call-template name="h:register"/>
          <xsl:call-template name="h:source"/>
          <xsl:call-template name="h:classification"/>
          <xsl:call-template name="h:about"/>
          <xsl:call-template name="c:downloads" xmlns:c="urn:teikit:collection"/>
          <xsl:call-template name="h:how-to-cite"/>
        </main>
        <footer class="site-foot">
          <p>Made with teikit from the TEI document <code>{($h:tei/@xml:id, 'without id')[1]}</code>.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- The table of contents: only the sections the document has. -->
  <xsl:template name="h:contents" as="element()">
    <nav class="contents" aria-label="Sections">
      <ul>
        <li><a href="#text">Text</a></li>
        <xsl:if test="exists($h:text//note)"><li><a href="#notes">Notes</a></li></xsl:if>
        <xsl:if test="exists($h:apparatus)"><li><a href="#apparatus">Apparatus</a></li></xsl:if>
        <xsl:if test="exists($h:entries)"><li><a href="#register">Index of names</a></li></xsl:if>
        <li><a href="#source">Source</a></li>
        <xsl:if test="h:has-classification()"><li><a href="#classification">Classification</a></li></xsl:if>
        <li><a href="#about">About</a></li>
        <li><a href="#how-to-cite">How to cite</a></li>
      </ul>
    </nav>
  </xsl:template>

  <!-- Reading view hides the page furniture and joins split words; diplomatic view shows them. -->
  <xsl:template name="h:view-switch" as="element()">
    <div class="view-switch">
      <fieldset>
        <legend id="view-legend">View</legend>
        <label for="view-reading">
          <input type="radio" name="view" id="view-reading" value="reading">
            <xsl:if test="$h:view ne 'diplomatic'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
          </input>
          <xsl:text> Reading</xsl:text>
        </label>
        <label for="view-diplomatic">
          <input type="radio" name="view" id="view-diplomatic" value="diplomatic">
            <xsl:if test="$h:view eq 'diplomatic'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
          </input>
          <xsl:text> Diplomatic, with page furniture</xsl:text>
        </label>
      </fieldset>
      <xsl:call-template name="h:names-switch"/>
    </div>
  </xsl:template>

  <!-- `lang` for an element with xml:lang (or inheriting one different from the interface's). -->
  <xsl:template name="h:lang" as="attribute()*">
    <xsl:param name="e" as="element()?"/>
    <xsl:variable name="lang" select="$e/ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <xsl:if test="exists(ed:bcp47($lang))">
      <xsl:attribute name="lang" select="ed:bcp47($lang)"/>
      <xsl:if test="ed:direction($lang) eq 'rtl'"><xsl:attribute name="dir" select="'rtl'"/></xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
