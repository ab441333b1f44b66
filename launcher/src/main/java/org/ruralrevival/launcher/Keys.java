package org.ruralrevival.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The secrets a local run needs, made once into {@code .run/keys/} and reused, so tokens and
 * encrypted personal data stay valid across runs. Nothing here is ever committed.
 */
final class Keys {

    private final Path dir;

    Keys(Path dir) {
        this.dir = dir;
    }

    /** The RS256 pair: the services verify with the public key, the launcher signs the admin token. */
    KeyPair jwtKeyPair() throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("jwt-private.pem");
        Path publicFile = dir.resolve("jwt-public.pem");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
            return new KeyPair(publicKey, privateKey);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writeSecret(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writeSecret(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return pair;
    }

    /** A base64 key of 32 random bytes (AES-256 for encryption, HMAC-SHA256 for hashing). */
    String secret(String name) throws IOException {
        return randomOnce(dir.resolve(name + ".key"), 32, Base64.getEncoder()::encodeToString);
    }

    /** A client secret of 24 random bytes in hex: safe in a URL-encoded form and in {@code curl -u}. */
    String clientSecret(String name) throws IOException {
        return randomOnce(dir.resolve(name + ".secret"), 24, HexFormat.of()::formatHex);
    }

    /** The value kept in the file, or a new one made of random bytes and kept there. */
    private String randomOnce(Path file, int bytes, Function<byte[], String> encoding) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String encoded = encoding.apply(random);
        writeSecret(file, encoded + "\n");
        return encoded;
    }

    private void writeSecret(Path file, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file stays with the default permissions
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
        return Base64.getMimeDecoder().decode(text);
    }
}
